using Samenwerking.Application.Common.Text;

namespace Samenwerking.Api.ErrorHandling;

/// <summary>
/// Dutch titles for business-rule conflicts. The domain names its rules in English (the code's
/// language); with <c>Accept-Language: nl</c> a frontend can show the title as it is.
/// </summary>
public static class RuleTitles
{
    private static readonly Dictionary<string, string> Dutch = new(StringComparer.Ordinal)
    {
        ["centrumgemeente-already-assigned"] = "Er is al een centrumgemeente",
        ["dated-before-operating-since"] = "Gedateerd vóór de start van de samenwerking",
        ["decision-body-mismatch"] = "Dit orgaan neemt dit soort besluit niet",
        ["deletion-not-allowed"] = "Alleen samenwerkingen in verkenning kunnen worden verwijderd",
        ["development-activity-requires-doorontwikkeling"] = "Ontwikkelactiviteiten horen bij doorontwikkeling",
        ["duplicate-framework-name"] = "Naam van het kader is al in gebruik",
        ["duplicate-name"] = "Naam is al in gebruik",
        ["duplicate-participant"] = "Gemeente neemt al deel",
        ["effective-date-before-phase-start"] = "Overgang gedateerd vóór het begin van de fase",
        ["evaluation-requires-doorontwikkeling"] = "Evaluaties horen bij doorontwikkeling",
        ["exit-rules-not-met"] = "De huidige fase kan nog niet worden afgesloten",
        ["framework-in-use"] = "De criteria van het kader zijn in gebruik",
        ["last-participant"] = "Een samenwerking houdt minstens één deelnemer",
        ["municipality-not-in-force"] = "Gemeente bestaat niet op de datum van toetreding",
        ["not-an-active-participant"] = "Besluit van een gemeente die niet deelneemt",
        ["operating-since-not-editable"] = "De startdatum wordt vastgelegd tijdens implementatie",
        ["participant-already-left"] = "Deelnemer is al uitgetreden",
        ["participant-removal-not-allowed"] = "Deelnemers kunnen alleen tijdens verkenning worden verwijderd",
        ["phase-transition-not-allowed"] = "Alleen de volgende fase is toegestaan",
        ["register-entry-incomplete"] = "De registerinschrijving mist wat de wet vereist",
        ["registration-incomplete"] = "Gegevens ontbreken om in deze fase te registreren",
        ["withdrawal-before-joining"] = "Uittreding vóór toetreding",
        ["withdrawal-not-applicable"] = "Uittreding geldt vanaf voorbereiding",
    };

    /// <summary>The title in the request's language; a rule without a Dutch title keeps its English one.</summary>
    public static string For(string rule, string englishTitle) =>
        Localized.IsDutch && Dutch.TryGetValue(rule, out var dutch)
            ? dutch
            : englishTitle;
}
