using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Decisions;

namespace Samenwerking.Domain.Phases;

public sealed class AllDimensionsDecided : ExitRule
{
    public override string Code => "all-dimensions-decided";

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today)
    {
        var missing = collaboration.Dimensions.Undecided();
        return When(missing.Count == 0, "All six dimensions are decided.",
            $"Still to decide: {string.Join(", ", missing)}.");
    }
}

public sealed class LegalFormConsistent : ExitRule
{
    public override string Code => "legal-form-consistent";

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today) =>
        collaboration.Dimensions.LegalForm switch
        {
            null => Unmet("The legal form is not chosen."),
            { IsConsistent: true } legal => Met($"The legal form ({DomainTerms.Of(legal.Kind)}) is consistent."),
            _ => Unmet("The legal instrument does not belong to the chosen kind of legal form."),
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

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today)
    {
        if (collaboration.Dimensions.LegalForm?.Kind is not { } kind)
        {
            return Unmet("The kind of legal form decides which decisions are needed; choose it first.");
        }

        var missing = new List<string>();
        foreach (var municipalityCode in collaboration.ActiveMunicipalityCodes.Order(StringComparer.Ordinal))
        {
            var decisions = collaboration.RecordedDecisions.Where(d => d.MunicipalityCode == municipalityCode).ToList();
            var lacking = new List<string>();
            if (kind == LegalKind.Publiekrechtelijk && !LatestIsPositive(decisions, DecisionKind.Toestemming))
            {
                lacking.Add(decisions.Any(d => d.Kind == DecisionKind.Toestemming) ? "toestemming (refused)" : "toestemming");
            }

            if (!LatestIsPositive(decisions, DecisionKind.BesluitTotDeelname))
            {
                lacking.Add("besluitTotDeelname");
            }

            if (lacking.Count > 0)
            {
                missing.Add($"{municipalityCode}: {string.Join(" and ", lacking)}");
            }
        }

        return When(missing.Count == 0,
            $"Every participating municipality has the decisions a {DomainTerms.Of(kind)} form needs.",
            $"Positive decisions still missing — {string.Join("; ", missing)}.");
    }

    private static bool LatestIsPositive(IEnumerable<ExitRuleDecision> decisions, DecisionKind kind) =>
        decisions.Where(d => d.Kind == kind).OrderBy(d => d.DecidedOn).ThenBy(d => d.RecordedAt).LastOrDefault()?.IsPositive == true;
}
