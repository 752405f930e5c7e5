using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;
using static Samenwerking.Domain.Tests.Evaluations.EvaluationFixtures;

namespace Samenwerking.Domain.Tests.Evaluations;

public sealed class EvaluationFrameworkTests
{
    private static readonly EvaluationCriterion[] OtherCriteria =
        [new("doelmatigheid", "Doelmatigheid", "Middelen en prestaties."), new("rechtmatigheid", "Rechtmatigheid", "Volgens de regels.")];

    [Fact]
    public void Keeps_its_criteria_in_the_order_given()
    {
        var framework = Framework();

        Assert.Equal(["kwaliteit", "kosten", "bestuurlijkeDrukte"], framework.Criteria.Select(c => c.Code));
        Assert.False(framework.InUse);
    }

    [Fact]
    public void Criteria_need_unique_camel_case_codes_and_at_least_one_criterion()
    {
        Assert.Contains(EvaluationFramework.CriteriaProblems([]), p => p.Field == "criteria");
        var problems = EvaluationFramework.CriteriaProblems([
            new("kwaliteit", "Kwaliteit", "a"), new("Kwaliteit-2", "Kwaliteit 2", "b"), new("kwaliteit", "Nog eens", "c"), new("", "Leeg", "d"),
        ]);

        Assert.Contains(problems, p => p.Field == "criteria[1].code");
        Assert.Contains(problems, p => p.Field == "criteria[3].code");
        Assert.Contains(problems, p => p.Field == "criteria" && p.Message.Contains("kwaliteit", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => EvaluationFramework.Define("Kapot kader", "Met dubbele codes.",
            [new("kwaliteit", "a", "a"), new("kwaliteit", "b", "b")], ByAdviser));
    }

    [Fact]
    public void Before_any_evaluation_its_criteria_can_change()
    {
        var framework = Framework();

        framework.Revise("Testkader v1", "Anders beschreven.", OtherCriteria, ByAdviser);

        Assert.Equal(["doelmatigheid", "rechtmatigheid"], framework.Criteria.Select(c => c.Code));
        Assert.Equal("Testkader v1", framework.Name);
    }

    [Fact]
    public void Once_an_evaluation_used_it_its_criteria_are_frozen()
    {
        var framework = Framework();
        InDoorontwikkeling().RecordEvaluation(framework, Facts(new DateOnly(2024, 1, 1)), ByAdviser);

        Assert.True(framework.InUse);
        var replaced = Assert.Throws<DomainRuleViolationException>(() => framework.Revise(framework.Name, framework.Description, OtherCriteria, ByAdviser));
        var renamedCriterion = Assert.Throws<DomainRuleViolationException>(() => framework.Revise(framework.Name, framework.Description,
            [.. framework.Criteria.Select(c => c.Code == "kosten" ? c with { Name = "Kosten (doelmatigheid)" } : c)], ByAdviser));
        var reordered = Assert.Throws<DomainRuleViolationException>(() => framework.Revise(framework.Name, framework.Description,
            [.. framework.Criteria.Reverse()], ByAdviser));

        Assert.All(new[] { replaced, renamedCriterion, reordered }, refusal => Assert.Equal("framework-in-use", refusal.ProblemType));
        Assert.Equal(framework.Id, replaced.Extensions["frameworkId"]);
        Assert.Equal(["kwaliteit", "kosten", "bestuurlijkeDrukte"], framework.Criteria.Select(c => c.Code));
    }

    [Fact]
    public void In_use_its_name_and_description_can_still_be_corrected()
    {
        var framework = Framework();
        InDoorontwikkeling().RecordEvaluation(framework, Facts(new DateOnly(2024, 1, 1)), ByAdviser);

        framework.Revise("Testkader (gecorrigeerd)", "Betere omschrijving.", [.. framework.Criteria], ByAdviser);

        Assert.Equal("Testkader (gecorrigeerd)", framework.Name);
        Assert.Equal("Betere omschrijving.", framework.Description);
    }

    [Fact]
    public void A_score_sheet_names_every_criterion_exactly_once_and_nothing_else()
    {
        var framework = Framework();

        Assert.Empty(framework.ScoreSheetGaps(["bestuurlijkeDrukte", "kwaliteit", "kosten"]));
        var gaps = framework.ScoreSheetGaps(["kwaliteit", "rechtmatigheid", "kwaliteit"]);

        Assert.Equal(["scores[1].criterion", "scores[2].criterion", "scores"], gaps.Select(g => g.Field));
        Assert.Contains("not a criterion", gaps[0].Message, StringComparison.Ordinal);
        Assert.Contains("more than once", gaps[1].Message, StringComparison.Ordinal);
        Assert.Contains("kosten, bestuurlijkeDrukte", gaps[2].Message, StringComparison.Ordinal);
    }
}
