using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Domain.Tests.Collaborations;

/// <summary>Real CBS records, as the reference data has them.</summary>
internal static class DomainFixtures
{
    public static readonly DateOnly Today = new(2025, 6, 1);

    /// <summary>A change made by an adviser on <see cref="Today"/> at 10:00 UTC: who and when, for every change a test makes.</summary>
    public static readonly ChangeContext ByAdviser = new(new Actor("adviseur-1", "A. Adviseur"), new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.Zero), Today);

    public static readonly Municipality Barendrecht = new("GM0489", "Barendrecht", "PV28", "Zuid-Holland", new DateOnly(1970, 1, 1), null);
    public static readonly Municipality Albrandswaard = new("GM0613", "Albrandswaard", "PV28", "Zuid-Holland", new DateOnly(1985, 1, 1), null);
    public static readonly Municipality Ridderkerk = new("GM0597", "Ridderkerk", "PV28", "Zuid-Holland", new DateOnly(1970, 1, 1), null);
    public static readonly Municipality Haarlemmerliede = new("GM0393", "Haarlemmerliede en Spaarnwoude", "PV27", "Noord-Holland",
        new DateOnly(1857, 1, 1), new DateOnly(2019, 1, 1));

    /// <summary>All six dimensions decided, as an ambtelijke fusie in a bedrijfsvoeringsorganisatie: the one fully decided set of the domain tests.</summary>
    public static readonly Dimensions AllDecided = new()
    {
        TaskTypes = new HashSet<TaskType> { TaskType.Bedrijfsvoering },
        TaskScope = TaskScope.Alle,
        GovernanceLevel = GovernanceLevel.Operationeel,
        OrganisationForm = new OrganisationForm(Novelty.Nieuw, Multiplicity.Een, Structure.Centraal),
        LegalForm = new LegalForm(LegalKind.Publiekrechtelijk, LegalInstrument.Bedrijfsvoeringsorganisatie),
        Initiative = Initiative.Vrijwillig,
    };

    /// <summary>What the register must show once a public-law regeling with a legal entity operates.</summary>
    public static readonly Samenwerking.Domain.Collaborations.Register.RegisterEntry CompleteRegister = new()
    {
        CitationTitle = "Gemeenschappelijke regeling Voorbeeld",
        Purpose = "Samen de bedrijfsvoering uitvoeren.",
        InForceSince = new DateOnly(2017, 1, 1),
        PublicationUrl = "https://lokaleregelgeving.overheid.nl/CVDR000001",
        Seat = new("Voorbeeldstraat 1", "Voorbeeldstad"),
    };

    public static Joining Joins(Municipality municipality, int year = 2020, ParticipantRole role = ParticipantRole.Deelnemer) =>
        new(municipality, new DateOnly(year, 1, 1), role);

    /// <summary>The BAR-organisatie just started by Barendrecht and Albrandswaard: in verkenning, dimensions unknown unless given.</summary>
    public static Collaboration InVerkenning(Dimensions? dimensions = null) =>
        Collaboration.Start("BAR-organisatie", null, dimensions ?? Dimensions.Unknown,
            [Joins(Barendrecht), Joins(Albrandswaard)], ByAdviser);
}
