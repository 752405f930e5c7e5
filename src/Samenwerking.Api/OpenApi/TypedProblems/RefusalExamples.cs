using System.Globalization;
using System.Text.Json.Nodes;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Api.OpenApi.TypedProblems;

/// <summary>
/// An example of each refusal as the server sends it: the catalogue's type and title, the operation's own path as
/// <c>instance</c>, and every fact its entry declares, with a value that fits both the schema and the rule (a
/// collaboration cannot be deleted in voorbereiding, not in verkenning). The detail repeats the title with the facts,
/// because the server's own sentence is written where the rule refuses.
/// </summary>
public static class RefusalExamples
{
    private const string OtherId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    /// <summary>The phase a rule's facts name in an example, where the usual one (voorbereiding) would not be refused.</summary>
    private static readonly Dictionary<(string Code, string Fact), string> Phases = new()
    {
        [(Refusals.PhaseTransitionNotAllowed.Code, "currentPhase")] = "verkenning",
        [(Refusals.PhaseTransitionNotAllowed.Code, "requestedPhase")] = "implementatie",
        [(Refusals.PhaseTransitionNotAllowed.Code, "allowedNextPhase")] = "voorbereiding",
        [(Refusals.ExitRulesNotMet.Code, "currentPhase")] = "verkenning",
        [(Refusals.RegistrationIncomplete.Code, "phase")] = "doorontwikkeling",
        [(Refusals.WithdrawalNotApplicable.Code, "currentPhase")] = "verkenning",
        [(Refusals.EvaluationRequiresDoorontwikkeling.Code, "currentPhase")] = "implementatie",
        [(Refusals.DevelopmentActivityRequiresDoorontwikkeling.Code, "currentPhase")] = "implementatie",
    };

    public static JsonObject For(Refusal refusal, string instance)
    {
        var facts = refusal.Facts.ToDictionary(fact => fact.Name, fact => Value(refusal, fact));
        var detail = facts.Count == 0
            ? $"{refusal.EnglishTitle}."
            : $"{refusal.EnglishTitle} ({string.Join("; ", facts.Select(f => $"{f.Key}: {Plain(f.Value)}"))}).";
        var example = Problem(refusal.ProblemType, refusal.EnglishTitle, ErrorHandling.RefusalProblems.StatusOf(refusal.Kind), detail, instance);
        foreach (var (name, value) in facts)
        {
            example[name] = value;
        }

        return example;
    }

    public static JsonObject Problem(string type, string title, int status, string detail, string instance) => new()
    {
        ["type"] = type,
        ["title"] = title,
        ["status"] = status,
        ["detail"] = detail,
        ["instance"] = instance,
        ["traceId"] = ProblemExamplesOperationFilter.TraceId,
    };

    private static JsonNode Value(Refusal refusal, Fact fact) => fact.Type switch
    {
        Fact.FactType.Phase => Phases.GetValueOrDefault((refusal.Code, fact.Name), "voorbereiding"),
        Fact.FactType.Date => fact.Name == "joinedOn" ? "2024-01-01" : "2025-03-01",
        Fact.FactType.Id => OtherId,
        Fact.FactType.Name => "Regionale Uitvoeringsdienst Utrecht",
        Fact.FactType.Cursor => "5123-88",
        Fact.FactType.DelegatedChange => "evaluations",
        Fact.FactType.DelegatedChanges => new JsonArray("roles", "developmentAndLearning"),
        // A municipality that was merged away (Haarlemmerliede en Spaarnwoude, 2019) for the one about being in force.
        Fact.FactType.MunicipalityCode => refusal == Refusals.MunicipalityNotInForce ? "GM0393" : "GM0489",
        Fact.FactType.MunicipalityCodes => fact.Name.StartsWith("your", StringComparison.Ordinal)
            ? new JsonArray("GM0363")
            : new JsonArray("GM0489", "GM0613"),
        Fact.FactType.RegisterFields => new JsonArray("citationTitle", "inForceSince"),
        Fact.FactType.UnmetRules => new JsonArray(new JsonObject
        {
            ["code"] = "at-least-two-participants",
            ["met"] = false,
            ["detail"] = "A collaboration needs at least two participating municipalities; 1 take part.",
            ["missingDecisions"] = new JsonArray(),
            ["waitsFor"] = new JsonArray(),
        }),
        _ => throw new InvalidOperationException($"No example value for facts of type {fact.Type}."),
    };

    private static string Plain(JsonNode value) => value switch
    {
        JsonArray { Count: > 0 } items when items[0] is JsonObject => string.Join(", ", items.Select(i => (string?)i!["code"])),
        JsonArray items => string.Join(", ", items.Select(i => (string?)i)),
        _ => Convert.ToString((string?)value, CultureInfo.InvariantCulture) ?? "",
    };
}
