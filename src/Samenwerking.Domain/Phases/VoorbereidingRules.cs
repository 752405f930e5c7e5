using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Decisions;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Phases;

public sealed class AllDimensionsDecided : ExitRule
{
    public override string Code => "all-dimensions-decided";

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today)
    {
        var missing = collaboration.Dimensions.Undecided();
        return When(missing.Count == 0, new Text("All six dimensions are decided.", "Alle zes dimensies zijn gekozen."),
            new Text($"Still to decide: {string.Join(", ", missing)}.", $"Nog te kiezen: {string.Join(", ", missing)}."));
    }
}

public sealed class LegalFormConsistent : ExitRule
{
    public const string RuleCode = "legal-form-consistent";

    public override string Code => RuleCode;

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today) =>
        collaboration.Dimensions.LegalForm switch
        {
            null => Unmet(new Text("The legal form is not chosen.", "De rechtsvorm is niet gekozen.")),
            { IsConsistent: true } legal => Met(new Text($"The legal form ({DomainTerms.Of(legal.Kind)}) is consistent.",
                $"De rechtsvorm ({DomainTerms.Of(legal.Kind)}) is consistent.")),
            _ => Unmet(new Text("The legal instrument does not belong to the chosen kind of legal form.",
                "Het juridische instrument hoort niet bij de gekozen soort rechtsvorm.")),
        };
}

/// <summary>
/// Every active participant has the positive decisions its legal form needs. Public law (Wgr):
/// toestemming of the raad and the besluit tot deelname of the college (or burgemeester). Private law:
/// the besluit tot deelname. A refused toestemming counts until a later positive one is recorded.
/// </summary>
public sealed class RequiredDecisionsRecorded : ExitRule
{
    public override string Code => "required-decisions-recorded";

    /// <summary>Which decisions are needed depends on the kind of legal form, so they wait until it is chosen.</summary>
    public override IReadOnlyList<string> WaitsFor => [LegalFormConsistent.RuleCode];

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today)
    {
        if (collaboration.Dimensions.LegalForm?.Kind is not { } kind)
        {
            return Unmet(new Text("The kind of legal form decides which decisions are needed; choose it first.",
                "De soort rechtsvorm bepaalt welke besluiten nodig zijn; kies die eerst."));
        }

        var missing = new List<MissingDecision>();
        foreach (var municipalityCode in collaboration.ActiveMunicipalityCodes.Order(StringComparer.Ordinal))
        {
            var decisions = collaboration.RecordedDecisions.Where(d => d.MunicipalityCode == municipalityCode).ToList();
            if (kind == LegalKind.Publiekrechtelijk && !LatestIsPositive(decisions, DecisionKind.Toestemming))
            {
                missing.Add(new MissingDecision(municipalityCode, DecisionKind.Toestemming, decisions.Any(d => d.Kind == DecisionKind.Toestemming)));
            }

            if (!LatestIsPositive(decisions, DecisionKind.BesluitTotDeelname))
            {
                missing.Add(new MissingDecision(municipalityCode, DecisionKind.BesluitTotDeelname, false));
            }
        }

        var check = When(missing.Count == 0,
            new Text($"Every participating municipality has the decisions a {DomainTerms.Of(kind)} form needs.",
                $"Elke deelnemende gemeente heeft de besluiten die een {DomainTerms.Of(kind)} vorm nodig heeft."),
            new Text($"Positive decisions still missing — {Describe(missing, " and ", "refused")}.",
                $"Positieve besluiten ontbreken nog — {Describe(missing, " en ", "geweigerd")}."));
        return check with { MissingDecisions = missing };
    }

    /// <summary>"GM0431: toestemming (refused) and besluitTotDeelname; GM0432: …" in one language.</summary>
    private static string Describe(IEnumerable<MissingDecision> missing, string and, string refused) =>
        string.Join("; ", missing.GroupBy(m => m.MunicipalityCode).Select(perMunicipality =>
            $"{perMunicipality.Key}: " + string.Join(and, perMunicipality.Select(m =>
                DomainTerms.Of(m.DecisionKind) + (m.Refused ? $" ({refused})" : "")))));

    private static bool LatestIsPositive(IEnumerable<ExitRuleDecision> decisions, DecisionKind kind) =>
        decisions.Where(d => d.Kind == kind).OrderBy(d => d.DecidedOn).ThenBy(d => d.RecordedAt).LastOrDefault()?.IsPositive == true;
}
