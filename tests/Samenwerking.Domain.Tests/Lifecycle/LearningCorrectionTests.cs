using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Rules;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;
using static Samenwerking.Domain.Tests.Evaluations.EvaluationFixtures;

namespace Samenwerking.Domain.Tests.Lifecycle;

public sealed class LearningCorrectionTests
{
    private static readonly DateOnly Later = new(2024, 3, 1);
    private static readonly DateOnly Earlier = new(2023, 1, 1);

    [Fact]
    public void A_corrected_date_leaves_the_latest_other_evaluation_the_last_one()
    {
        var collaboration = InDoorontwikkeling();
        var framework = Framework();
        var evaluation = collaboration.RecordEvaluation(framework, Facts(Later, 4, 4, 4), On(Today));

        collaboration.CorrectEvaluation(evaluation, framework, Facts(new DateOnly(2022, 5, 1), 2, 2, 2, EvaluationKind.Extern), Earlier,
            "verkeerde datum", On(Today));

        Assert.Equal(Earlier, collaboration.LastEvaluatedOn);
        Assert.Equal((new DateOnly(2022, 5, 1), EvaluationKind.Extern, 2m), (evaluation.EvaluatedOn, evaluation.Kind, evaluation.MeanScore));
        var line = collaboration.NewHistory[^1];
        Assert.Equal((HistoryEntryKind.EvaluationCorrected, evaluation.Id), (line.Kind, line.SubjectId));
        Assert.Contains("zelfevaluatie dated 2024-03-01 with framework 'Testkader', 3 of 3 criteria scored, mean 4.00", line.Summary, StringComparison.Ordinal);
        Assert.Contains("extern dated 2022-05-01", line.Summary, StringComparison.Ordinal);
        Assert.Contains("verkeerde datum", line.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Werkgroep", line.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correction_keeps_the_score_sheet_of_the_framework()
    {
        var collaboration = InDoorontwikkeling();
        var framework = Framework();
        var evaluation = collaboration.RecordEvaluation(framework, Facts(Later), On(Today));
        var missing = Facts(Later) with { Scores = [Score("kwaliteit", 3)] };

        var refusal = Assert.Throws<DomainRuleViolationException>(() => collaboration.CorrectEvaluation(evaluation, framework, missing, null, null, On(Today)));

        Assert.Equal(Refusals.ScoreSheetIncomplete, refusal.Refusal);
        Assert.Equal(3, evaluation.Scores.Count);
    }

    [Fact]
    public void Withdrawing_the_only_evaluation_of_doorontwikkeling_lets_its_transition_be_reverted_again()
    {
        var collaboration = TransitionedToDoorontwikkeling(new DateOnly(2019, 1, 1));
        var framework = Framework();
        var evaluation = collaboration.RecordEvaluation(framework, Facts(Later), On(Today));
        var transition = collaboration.Transitions[^1].Id;
        Assert.Throws<DomainRuleViolationException>(() => collaboration.RevertTransition(transition, "per ongeluk", On(Today)));

        collaboration.WithdrawEvaluation(evaluation, framework, null, "onjuist geregistreerd", On(Today));
        collaboration.RevertTransition(transition, "per ongeluk", On(Today));

        Assert.Null(collaboration.LastEvaluatedOn);
        Assert.DoesNotContain(evaluation, collaboration.NewEvaluations);
        Assert.Equal(Phase.Implementatie, collaboration.Phase);
        Assert.Contains(collaboration.NewHistory, h => h.Kind == HistoryEntryKind.EvaluationWithdrawn && h.Summary.Contains("onjuist geregistreerd"));
    }

    [Fact]
    public void A_held_activity_is_corrected_into_a_cancelled_one_and_the_history_keeps_its_numbers()
    {
        var collaboration = InDoorontwikkeling();
        var activity = collaboration.RecordDevelopmentActivity(
            new DevelopmentActivityFacts(DevelopmentActivityKind.Training, "Training", Later, 12, "Met dank aan J. Jansen."), On(Today));

        collaboration.CorrectDevelopmentActivity(activity,
            new DevelopmentActivityFacts(DevelopmentActivityKind.Training, "Training", Later, 0) { Status = DevelopmentActivityStatus.Geannuleerd },
            "ging niet door", On(Today));

        Assert.Equal((DevelopmentActivityStatus.Geannuleerd, 0, (string?)null), (activity.Status, activity.AttendeeCount, activity.Notes));
        var line = collaboration.NewHistory[^1];
        Assert.Equal(HistoryEntryKind.DevelopmentActivityCorrected, line.Kind);
        Assert.Contains("training 'Training' gehouden on 2024-03-01 with 12 attendee(s) to training 'Training' geannuleerd on 2024-03-01", line.Summary,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Jansen", line.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_of_another_collaboration_is_not_found()
    {
        var collaboration = InDoorontwikkeling();
        var other = InDoorontwikkeling();
        var activity = other.RecordDevelopmentActivity(new DevelopmentActivityFacts(DevelopmentActivityKind.Training, "Training", Later, 3), On(Today));

        Assert.Throws<PartNotFoundException>(() => collaboration.WithdrawDevelopmentActivity(activity, "onjuist", On(Today)));
        Assert.Contains(activity, other.NewDevelopmentActivities);
    }
}
