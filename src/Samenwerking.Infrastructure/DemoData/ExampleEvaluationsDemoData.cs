using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Collaborations.Register;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Infrastructure.Persistence;
using Samenwerking.Infrastructure.ReferenceData;

namespace Samenwerking.Infrastructure.DemoData;

/// <summary>
/// A clearly fictional collaboration with several evaluations, so that the evaluation list, the
/// comparison with the previous evaluation and the trend have something to show. Scores are invented,
/// which is why they belong to an invented collaboration only: never to a real one.
/// </summary>
public sealed class ExampleEvaluationsDemoData(SamenwerkingDbContext db, IClock clock, ILogger<ExampleEvaluationsDemoData> logger)
    : IDemoDataPart
{
    public const string Name = "Voorbeeldsamenwerking (fictief)";

    private const string Description =
        "Fictief voorbeeld om evaluaties, trends en ontwikkelactiviteiten te tonen. Dit is geen echte samenwerking: " +
        "de gemeenten zijn alleen gekozen om het voorbeeld volledig te maken, en alle scores en bevindingen zijn verzonnen.";

    private static readonly DateOnly OperatingSince = new(2015, 1, 1);

    // Bunnik, Leusden and Zeist: existing codes, in force since before the example starts operating.
    private static readonly string[] MunicipalityCodes = ["GM0312", "GM0327", "GM0355"];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Collaborations.AnyAsync(c => c.NameForSearch == SearchText.Normalize(Name), cancellationToken))
        {
            return;
        }

        var frameworkIds = new[] { EvaluationFrameworkReferenceData.DefaultFrameworkId, EvaluationFrameworkReferenceData.RekenkamerFrameworkId };
        var frameworks = await db.EvaluationFrameworks.Where(f => frameworkIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        var municipalities = await db.Municipalities
            .Where(m => MunicipalityCodes.Contains(m.Code) && m.ValidTo == null)
            .ToListAsync(cancellationToken);
        if (frameworks.Count != frameworkIds.Length || municipalities.Count != MunicipalityCodes.Length)
        {
            logger.LogWarning("Demo collaboration '{Name}' not added: the shipped frameworks or municipalities are missing", Name);
            return;
        }

        var change = new ChangeContext(Actor.System, clock.UtcNow, clock.Today);
        var collaboration = Collaboration.Register(Name, Description, Dimensions,
            municipalities.OrderBy(m => m.Code, StringComparer.Ordinal).Select(m => new Joining(m, OperatingSince)).ToList(),
            Phase.Doorontwikkeling, OperatingSince, change, Register);

        var standard = frameworks[EvaluationFrameworkReferenceData.DefaultFrameworkId];
        var rekenkamer = frameworks[EvaluationFrameworkReferenceData.RekenkamerFrameworkId];
        collaboration.RecordEvaluation(standard, FirstSelfEvaluation, change);
        collaboration.RecordEvaluation(standard, ExternalEvaluation, change);
        collaboration.RecordEvaluation(rekenkamer, RekenkamerEvaluation, change);
        collaboration.RecordEvaluation(standard, SecondSelfEvaluation, change);

        collaboration.RecordDevelopmentActivity(new(DevelopmentActivityKind.Masterclass, "Masterclass Sturen op samenwerking voor raadsleden",
            new DateOnly(2018, 11, 8), 24, "Voor raadsleden van de drie gemeenten, naar aanleiding van de eerste zelfevaluatie."), change);
        collaboration.RecordDevelopmentActivity(new(DevelopmentActivityKind.Leergang, "Leergang Samenwerkend leidinggeven",
            new DateOnly(2021, 3, 1), 12, "Zes bijeenkomsten voor teamleiders van de werkorganisatie."), change);
        collaboration.RecordDevelopmentActivity(new(DevelopmentActivityKind.Intervisie, "Intervisie gemeentesecretarissen",
            new DateOnly(2023, 9, 14), 3), change);

        db.Collaborations.Add(collaboration);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo collaboration '{Name}' added with four evaluations", Name);
    }

    // Fictional throughout: no such regeling, address or publication exists.
    private static readonly RegisterEntry Register = new()
    {
        CitationTitle = "Gemeenschappelijke regeling Voorbeeldsamenwerking (fictief)",
        Purpose = "Fictief voorbeeld: de gezamenlijke bedrijfsvoering van drie gemeenten in één werkorganisatie.",
        InForceSince = OperatingSince,
        LegalProvisions = "Wet gemeenschappelijke regelingen, art. 8 lid 3",
        Powers = [new Power("Uitvoeren van de bedrijfsvoering van de deelnemende gemeenten", PowerTransfer.Mandaat)],
        Seat = new Seat("Voorbeeldstraat 1", "Voorbeeldstad"),
        PublicationUrl = "https://lokaleregelgeving.overheid.nl/CVDR000000",
    };

    private static readonly Dimensions Dimensions = new()
    {
        TaskTypes = new HashSet<TaskType> { TaskType.Uitvoering, TaskType.Bedrijfsvoering },
        TaskScope = TaskScope.Meerdere,
        GovernanceLevel = GovernanceLevel.Tactisch,
        OrganisationForm = new OrganisationForm(Novelty.Nieuw, Multiplicity.Een, Structure.Centraal),
        LegalForm = new LegalForm(LegalKind.Publiekrechtelijk, LegalInstrument.Bedrijfsvoeringsorganisatie),
        Initiative = Initiative.Vrijwillig,
        Tasks = [new NamedTask("Belastingen", TaskType.Uitvoering), new NamedTask("ICT", TaskType.Bedrijfsvoering)],
    };

    private static readonly EvaluationFacts FirstSelfEvaluation = new(new DateOnly(2017, 3, 15), EvaluationKind.Zelfevaluatie,
        "Werkgroep evaluatie van de drie gemeenten (fictief)",
        [
            CriterionScore.Scored("kwaliteit", 3, "Het werk is op het niveau van voor de samenwerking; verbeteringen zijn nog niet zichtbaar."),
            CriterionScore.Scored("kwetsbaarheid", 2, "Specialistische kennis zit nog bij enkele medewerkers; vervanging bij ziekte is lastig."),
            CriterionScore.Scored("kosten", 3, "De frictiekosten zijn terugverdiend; structurele besparingen zijn nog klein."),
            CriterionScore.Scored("doeltreffendheid", 3, "De belastingtaak loopt goed, de ICT-harmonisatie loopt achter op plan."),
            CriterionScore.Scored("continuiteit", 2, "Twee systemen draaien nog naast elkaar; uitval van één beheerder raakt alle gemeenten."),
            CriterionScore.Scored("dienstverlening", 3, "Inwoners merken weinig verschil; de aanslagen komen op tijd."),
            CriterionScore.Scored("bestuurskracht", 3, "De gemeenten kunnen meer aan, maar gebruiken dat nog niet voor nieuwe opgaven."),
            CriterionScore.Scored("democratischeLegitimiteit", 2, "Raden ontvangen de begroting laat en voelen weinig invloed."),
            CriterionScore.NotAssessed("bestuurlijkeDrukte", "Geen vergelijking met de situatie voor de samenwerking beschikbaar."),
        ],
        "De samenwerking staat, maar de beloofde vermindering van kwetsbaarheid is nog niet bereikt.",
        [new Recommendation("Stel per taak een tweede specialist aan.", "Directie werkorganisatie"),
            new Recommendation("Betrek de raden eerder bij de begroting.", "Algemeen bestuur")]);

    private static readonly EvaluationFacts ExternalEvaluation = new(new DateOnly(2020, 10, 1), EvaluationKind.Extern,
        "Adviesbureau Voorbeeld (fictief)",
        [
            CriterionScore.Scored("kwaliteit", 4, "Werkprocessen zijn geharmoniseerd en beschreven; foutpercentages zijn gedaald."),
            CriterionScore.Scored("kwetsbaarheid", 3, "Voor de meeste taken is vervanging geregeld, voor belastingen nog niet."),
            CriterionScore.Scored("kosten", 3, "Kosten per inwoner stabiel; de besparing blijft onder de verwachting uit het bedrijfsplan."),
            CriterionScore.Scored("doeltreffendheid", 4, "De doelen uit de regeling zijn grotendeels gehaald."),
            CriterionScore.Scored("continuiteit", 3, "Eén ICT-omgeving; het beheer is geborgd in een team."),
            CriterionScore.Scored("dienstverlening", 4, "Digitale dienstverlening verbeterd; klanttevredenheid gestegen."),
            CriterionScore.Scored("bestuurskracht", 3, "Gemeenten zetten de samenwerking nog beperkt in voor nieuwe opgaven."),
            CriterionScore.Scored("democratischeLegitimiteit", 2, "Informatie aan de raden is verbeterd, maar sturing blijft indirect."),
            CriterionScore.Scored("bestuurlijkeDrukte", 3, "Het aantal overleggen is gedaald, maar de afstemming kost bestuurders nog veel tijd."),
        ],
        "De samenwerking levert kwaliteit en continuïteit; de democratische sturing blijft achter.",
        [new Recommendation("Richt een raadsrapporteurschap in voor de drie raden.", "Griffies"),
            new Recommendation("Actualiseer het bedrijfsplan met realistische besparingsdoelen.")]);

    private static readonly EvaluationFacts RekenkamerEvaluation = new(new DateOnly(2022, 5, 20), EvaluationKind.Rekenkamer,
        "Gezamenlijke rekenkamercommissie (fictief)",
        [
            CriterionScore.Scored("doelmatigheid", 3, "De kosten zijn beheerst, maar prestaties worden niet aan kosten gekoppeld."),
            CriterionScore.Scored("doeltreffendheid", 4, "De beoogde effecten op dienstverlening zijn aantoonbaar bereikt."),
            CriterionScore.Scored("rechtmatigheid", 4, "Geen materiële onrechtmatigheden gevonden."),
        ],
        "Doeltreffend en rechtmatig; de doelmatigheid is niet goed te beoordelen zonder prestatie-indicatoren.",
        [new Recommendation("Neem prestatie-indicatoren op in de begroting van de werkorganisatie.", "Dagelijks bestuur")]);

    private static readonly EvaluationFacts SecondSelfEvaluation = new(new DateOnly(2024, 6, 12), EvaluationKind.Zelfevaluatie,
        "Werkgroep evaluatie van de drie gemeenten (fictief)",
        [
            CriterionScore.Scored("kwaliteit", 4, "Kwaliteit op peil gehouden na de harmonisatie."),
            CriterionScore.Scored("kwetsbaarheid", 4, "Elke taak heeft nu ten minste twee specialisten."),
            CriterionScore.Scored("kosten", 4, "Met prestatie-indicatoren zijn de besparingen zichtbaar gemaakt."),
            CriterionScore.Scored("doeltreffendheid", 4, "De doelen uit de regeling zijn gehaald."),
            CriterionScore.Scored("continuiteit", 4, "Geen verstoringen van betekenis in de afgelopen jaren."),
            CriterionScore.Scored("dienstverlening", 4, "Klanttevredenheid stabiel hoog."),
            CriterionScore.Scored("bestuurskracht", 4, "De samenwerking wordt nu ingezet voor nieuwe opgaven zoals de energietransitie."),
            CriterionScore.Scored("democratischeLegitimiteit", 3, "Het raadsrapporteurschap werkt; raden voelen meer invloed."),
            CriterionScore.Scored("bestuurlijkeDrukte", 3, "Onveranderd: de afstemming blijft tijd kosten."),
        ],
        "De samenwerking is volwassen; de aandacht verschuift naar sturing door de raden.",
        [new Recommendation("Evalueer het raadsrapporteurschap na twee jaar.", "Griffies")]);
}
