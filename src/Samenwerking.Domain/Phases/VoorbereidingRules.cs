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
    public override string Code => "legal-form-consistent";

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

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today)
    {
        if (collaboration.Dimensions.LegalForm?.Kind is not { } kind)
        {
            return Unmet(new Text("The kind of legal form decides which decisions are needed; choose it first.",
                "De soort rechtsvorm bepaalt welke besluiten nodig zijn; kies die eerst."));
        }

        var missing = new List<string>();
        var missingInDutch = new List<string>();
        foreach (var municipalityCode in collaboration.ActiveMunicipalityCodes.Order(StringComparer.Ordinal))
        {
            var decisions = collaboration.RecordedDecisions.Where(d => d.MunicipalityCode == municipalityCode).ToList();
            var lacking = new List<string>();
            var refused = false;
            if (kind == LegalKind.Publiekrechtelijk && !LatestIsPositive(decisions, DecisionKind.Toestemming))
            {
                refused = decisions.Any(d => d.Kind == DecisionKind.Toestemming);
                lacking.Add("toestemming");
            }

            if (!LatestIsPositive(decisions, DecisionKind.BesluitTotDeelname))
            {
                lacking.Add("besluitTotDeelname");
            }

            if (lacking.Count > 0)
            {
                var names = lacking.Select(l => refused && l == "toestemming" ? "toestemming (refused)" : l);
                var dutchNames = lacking.Select(l => refused && l == "toestemming" ? "toestemming (geweigerd)" : l);
                missing.Add($"{municipalityCode}: {string.Join(" and ", names)}");
                missingInDutch.Add($"{municipalityCode}: {string.Join(" en ", dutchNames)}");
            }
        }

        return When(missing.Count == 0,
            new Text($"Every participating municipality has the decisions a {DomainTerms.Of(kind)} form needs.",
                $"Elke deelnemende gemeente heeft de besluiten die een {DomainTerms.Of(kind)} vorm nodig heeft."),
            new Text($"Positive decisions still missing — {string.Join("; ", missing)}.",
                $"Positieve besluiten ontbreken nog — {string.Join("; ", missingInDutch)}."));
    }

    private static bool LatestIsPositive(IEnumerable<ExitRuleDecision> decisions, DecisionKind kind) =>
        decisions.Where(d => d.Kind == kind).OrderBy(d => d.DecidedOn).ThenBy(d => d.RecordedAt).LastOrDefault()?.IsPositive == true;
}
