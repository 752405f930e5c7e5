using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Infrastructure.ReferenceData;

/// <summary>
/// The evaluation frameworks every installation starts with. Their ids are part of the API's
/// documentation (clients may hard-code them) and never change; their content is data like any
/// user-defined framework's. Sources: the goals real collaborations state (domain brief, "Evaluations")
/// and the rekenkamer's remit in Gemeentewet art. 182.
/// </summary>
public static class EvaluationFrameworkReferenceData
{
    public static readonly Guid DefaultFrameworkId = Guid.Parse("d0de49d4-cb77-4389-a455-f16835a04baa");
    public static readonly Guid RekenkamerFrameworkId = Guid.Parse("57866267-98fe-4772-8b24-0a3c8f0241b9");

    public static IReadOnlyList<EvaluationFramework> Frameworks(ChangeContext change) =>
    [
        EvaluationFramework.Define(
            "Samenwerkingsdoelen (standaardkader)",
            "De doelen die samenwerkingsverbanden zelf het vaakst noemen, als criteria om te beoordelen of een samenwerking " +
            "doet waarvoor zij is aangegaan.",
            [
                new("kwaliteit", "Kwaliteit",
                    "De kwaliteit van het werk dat de samenwerking levert, en of die op peil is gebleven of verbeterd."),
                new("kwetsbaarheid", "Kwetsbaarheid",
                    "Of de kwetsbaarheid van de gemeenten is verminderd: minder afhankelijk van enkele medewerkers, betere vervanging en borging van kennis."),
                new("kosten", "Kosten (doelmatigheid)",
                    "De kosten in verhouding tot wat de samenwerking oplevert, ook vergeleken met uitvoering door elke gemeente afzonderlijk."),
                new("doeltreffendheid", "Doeltreffendheid",
                    "In hoeverre de samenwerking de doelen bereikt waarvoor zij is aangegaan."),
                new("continuiteit", "Continuïteit",
                    "Of de uitvoering van de taken gewaarborgd is, ook bij uitval, verloop of veranderende omstandigheden."),
                new("dienstverlening", "Dienstverlening",
                    "De dienstverlening aan inwoners, ondernemers en instellingen: bereikbaarheid, tijdigheid en tevredenheid."),
                new("bestuurskracht", "Bestuurskracht",
                    "Het vermogen van de deelnemende gemeenten om hun opgaven, ambities en wettelijke taken waar te maken."),
                new("democratischeLegitimiteit", "Democratische legitimiteit (sturing en verantwoording)",
                    "Of raden en colleges de samenwerking kunnen sturen en controleren: informatie, verantwoording en invloed op begroting en beleid."),
                new("bestuurlijkeDrukte", "Bestuurlijke drukte",
                    "De bestuurlijke lasten van de samenwerking (overleggen, afstemming, bestuurslagen) in verhouding tot wat zij oplevert."),
            ],
            change,
            DefaultFrameworkId),
        EvaluationFramework.Define(
            "Rekenkamerkader",
            "De drie vragen van lokale rekenkamers (Gemeentewet art. 182): is het gevoerde bestuur doelmatig, doeltreffend en rechtmatig?",
            [
                new("doelmatigheid", "Doelmatigheid",
                    "Staan de ingezette middelen in een redelijke verhouding tot de bereikte prestaties?"),
                new("doeltreffendheid", "Doeltreffendheid",
                    "Worden de beoogde effecten bereikt, en zijn die aan het beleid van de samenwerking toe te schrijven?"),
                new("rechtmatigheid", "Rechtmatigheid",
                    "Zijn de activiteiten en de besteding van middelen in overeenstemming met wet- en regelgeving, de regeling en de besluiten van het bestuur?"),
            ],
            change,
            RekenkamerFrameworkId),
    ];
}
