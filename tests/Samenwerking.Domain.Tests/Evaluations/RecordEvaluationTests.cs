using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.History;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;
using static Samenwerking.Domain.Tests.Evaluations.EvaluationFixtures;

namespace Samenwerking.Domain.Tests.Evaluations;

public sealed class RecordEvaluationTests
{
    [Fact]
    public void Records_an_evaluation_in_doorontwikkeling_with_a_history_line()
    {
        var collaboration = InDoorontwikkeling();
        var before = collaboration.UpdatedAt;

        var evaluation = collaboration.RecordEvaluation(Framework(), Facts(new DateOnly(2024, 3, 1), 4, 2, null), On(Today));

        Assert.Same(evaluation, Assert.Single(collaboration.NewEvaluations));
        Assert.Equal(collaboration.Id, evaluation.CollaborationId);
        Assert.Equal(new DateOnly(2024, 3, 1), collaboration.LastEvaluatedOn);
        Assert.True(collaboration.UpdatedAt > before);
        var line = collaboration.NewHistory[^1];
        Assert.Equal(HistoryEntryKind.EvaluationRecorded, line.Kind);
        Assert.Contains("2024-03-01", line.Summary, StringComparison.Ordinal);
        Assert.Contains("2 of 3 criteria scored, mean 3.00", line.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Werkgroep", line.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Phase.Verkenning)]
    [InlineData(Phase.Implementatie)]
    public void Only_a_collaboration_in_doorontwikkeling_is_evaluated(Phase phase)
    {
        var collaboration = phase == Phase.Verkenning
            ? InVerkenning()
            : Collaboration.Register("BUCH", null, AllDecided, [Joins(Barendrecht), Joins(Albrandswaard)], phase, null, ByAdviser);

        var refusal = Assert.Throws<DomainRuleViolationException>(() =>
            collaboration.RecordEvaluation(Framework(), Facts(new DateOnly(2024, 1, 1)), ByAdviser));

        Assert.Equal("evaluation-requires-doorontwikkeling", refusal.ProblemType);
        Assert.Equal(phase, refusal.Extensions["currentPhase"]);
        Assert.Empty(collaboration.NewEvaluations);
    }

    [Fact]
    public void Not_dated_before_the_collaboration_started_operating()
    {
        var collaboration = InDoorontwikkeling();
        var framework = Framework();

        var refusal = Assert.Throws<DomainRuleViolationException>(() =>
            collaboration.RecordEvaluation(framework, Facts(OperatingSince.AddDays(-1)), ByAdviser));
        collaboration.RecordEvaluation(framework, Facts(OperatingSince), ByAdviser);

        Assert.Equal("dated-before-operating-since", refusal.ProblemType);
        Assert.Equal(OperatingSince, refusal.Extensions["operatingSince"]);
        Assert.Single(collaboration.NewEvaluations);
    }

    [Fact]
    public void Not_dated_in_the_future()
    {
        var collaboration = InDoorontwikkeling();

        var refusal = Assert.Throws<DomainRuleViolationException>(() => collaboration.RecordEvaluation(Framework(), Facts(Today.AddDays(1)), On(Today)));
        Assert.Equal("dated-in-the-future", refusal.ProblemType);
        collaboration.RecordEvaluation(Framework(), Facts(Today), On(Today));
    }

    [Fact]
    public void Every_criterion_of_the_framework_is_scored_or_explicitly_not_assessed()
    {
        var collaboration = InDoorontwikkeling();
        var framework = Framework();
        var missingOne = new EvaluationFacts(new DateOnly(2024, 1, 1), EvaluationKind.Extern, "Bureau",
            [Score("kwaliteit", 3), Score("kosten", 3)]);
        var unknownOne = missingOne with { Scores = [.. missingOne.Scores, Score("bestuurlijkeDrukte", 3), Score("rechtmatigheid", 4)] };

        var missing = Assert.Throws<DomainRuleViolationException>(() => collaboration.RecordEvaluation(framework, missingOne, ByAdviser));
        var unknown = Assert.Throws<DomainRuleViolationException>(() => collaboration.RecordEvaluation(framework, unknownOne, ByAdviser));
        Assert.Equal("score-sheet-incomplete", missing.ProblemType);
        Assert.Equal("score-sheet-incomplete", unknown.ProblemType);
        Assert.Contains("kader", missing.Detail.Dutch, StringComparison.Ordinal);
        Assert.Empty(collaboration.NewEvaluations);
        Assert.False(framework.InUse);
    }

    [Fact]
    public void Scores_are_kept_in_the_frameworks_order()
    {
        var facts = Facts(new DateOnly(2024, 1, 1)) with { Scores = [Score("bestuurlijkeDrukte", 1), Score("kwaliteit", 5), Score("kosten", 3)] };

        var evaluation = InDoorontwikkeling().RecordEvaluation(Framework(), facts, ByAdviser);

        Assert.Equal(["kwaliteit", "kosten", "bestuurlijkeDrukte"], evaluation.Scores.Select(s => s.CriterionCode));
        Assert.Equal([5, 3, 1], evaluation.Scores.Select(s => s.Score));
    }

    [Theory]
    [InlineData(4, 2, null, 3.00)]
    [InlineData(4, 4, 3, 3.67)]
    [InlineData(5, 4, 4, 4.33)]
    [InlineData(1, null, null, 1.00)]
    public void The_mean_counts_scored_criteria_only_to_two_decimals(int? kwaliteit, int? kosten, int? drukte, double mean)
    {
        var evaluation = InDoorontwikkeling().RecordEvaluation(Framework(), Facts(new DateOnly(2024, 1, 1), kwaliteit, kosten, drukte), ByAdviser);

        Assert.Equal((decimal)mean, evaluation.MeanScore);
    }

    [Fact]
    public void Without_any_scored_criterion_there_is_no_mean()
    {
        var evaluation = InDoorontwikkeling().RecordEvaluation(Framework(), Facts(new DateOnly(2024, 1, 1), null, null, null), ByAdviser);

        Assert.Null(evaluation.MeanScore);
        Assert.All(evaluation.Scores, s => Assert.True(s.NietBeoordeeld));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_score_is_one_to_five(int score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CriterionScore.Scored("kwaliteit", score, "Toelichting."));

    [Fact]
    public void A_score_has_an_explanation_and_not_assessing_has_a_reason()
    {
        Assert.Throws<ArgumentException>(() => CriterionScore.Scored("kwaliteit", 3, " "));
        Assert.Throws<ArgumentException>(() => CriterionScore.NotAssessed("kwaliteit", ""));
        var notAssessed = CriterionScore.NotAssessed("kwaliteit", " Geen gegevens. ");
        Assert.Null(notAssessed.Score);
        Assert.Equal("Geen gegevens.", notAssessed.NotAssessedReason);
    }
}
