namespace Samenwerking.Application.Collaborations.Register;

/// <summary>
/// The columns of the register as CSV (export and import), in order; named after the GR-register's properties.
/// The import reads the same header, ignoring <see cref="Id"/>, <see cref="ParticipantNames"/>, <see cref="EndedOn"/> and <see cref="EndReason"/>, which the export adds for people.
/// </summary>
public static class RegisterColumns
{
    public const string Id = "id";
    public const string Name = "naam";
    public const string CitationTitle = "citeertitel";
    public const string Purpose = "doel";
    public const string Phase = "fase";
    public const string InForceSince = "inWerkingSinds";
    public const string OperatingSince = "inBedrijfSinds";
    public const string Participants = "deelnemers";
    public const string ParticipantNames = "deelnemerNamen";
    public const string Centrumgemeente = "centrumgemeente";
    public const string LegalKind = "juridischeVorm";
    public const string LegalInstrument = "instrument";
    public const string TaskTypes = "typeTaak";
    public const string TaskScope = "aantalTaken";
    public const string GovernanceLevel = "besturingsniveau";
    public const string Novelty = "nieuwOfBestaand";
    public const string Multiplicity = "eenOfMeerdere";
    public const string Structure = "centraalOfDecentraal";
    public const string Initiative = "initiatief";
    public const string LegalProvisions = "wettelijkeVoorschriften";
    public const string Powers = "bevoegdheden";
    public const string SeatAddress = "vestigingAdres";
    public const string SeatPlace = "vestigingPlaats";
    public const string PublicationUrl = "publicatie";
    public const string Bronhouder = "bronhouder";

    /// <summary>When the regeling ended (opheffing); only ended ones have it, and the export shows them only when asked (<c>includeEnded=true</c>).</summary>
    public const string EndedOn = "beeindigdOp";

    /// <summary>Why it ended, as the dissolution recorded it; empty for one that goes on.</summary>
    public const string EndReason = "beeindigdReden";

    public static readonly IReadOnlyList<string> All =
    [
        Id, Name, CitationTitle, Purpose, Phase, InForceSince, OperatingSince, Participants, ParticipantNames, Centrumgemeente,
        LegalKind, LegalInstrument, TaskTypes, TaskScope, GovernanceLevel, Novelty, Multiplicity, Structure, Initiative,
        LegalProvisions, Powers, SeatAddress, SeatPlace, PublicationUrl, Bronhouder, EndedOn, EndReason,
    ];

    /// <summary>Separates the values of a list column (participants, task types, powers).</summary>
    public const char ListSeparator = ';';

    /// <summary>
    /// The column that holds what a field of the registration command (as a validator or the domain names it) says,
    /// so a problem found on the command is reported where the spreadsheet user can fix it.
    /// </summary>
    public static string ForField(string field)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(field, @"\[\d+\]", "").ToLowerInvariant();
        return path switch
        {
            "name" => Name,
            "phase" => Phase,
            "operatingsince" => OperatingSince,
            "tasktypes" => TaskTypes,
            "taskscope" or "tasks" => TaskScope,
            "governancelevel" => GovernanceLevel,
            "organisationform.novelty" or "novelty" => Novelty,
            "organisationform.multiplicity" or "multiplicity" => Multiplicity,
            "organisationform.structure" or "structure" => Structure,
            "organisationform" => Novelty,
            "legalform.kind" or "legalform" or "legalkind" => LegalKind,
            "legalform.instrument" or "legalinstrument" => LegalInstrument,
            "initiative" => Initiative,
            "register.citationtitle" => CitationTitle,
            "register.purpose" => Purpose,
            "register.inforcesince" => InForceSince,
            "register.legalprovisions" => LegalProvisions,
            "register.seat" or "register.seat.address" => SeatAddress,
            "register.seat.place" => SeatPlace,
            "register.publicationurl" => PublicationUrl,
            "register.bronhouder" => Bronhouder,
            _ when path.StartsWith("register.powers", StringComparison.Ordinal) => Powers,
            _ when path.StartsWith("participants", StringComparison.Ordinal) && path.EndsWith(".role", StringComparison.Ordinal) => Centrumgemeente,
            _ when path.StartsWith("participants", StringComparison.Ordinal) => Participants,
            _ => Name,
        };
    }
}
