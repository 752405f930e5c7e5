using System.Globalization;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Collaborations;

/// <summary>
/// Corrections and withdrawals of evaluations and development activities, by whoever may record them. No exit rule
/// reads either (<see cref="Phases.IExitRuleFacts"/> offers neither), so none of these can break a phase already left;
/// what an evaluation still changes is the date of the latest one, and with it when the next is due. The aggregate
/// keeps neither loaded: the one to change is read beside it, and the store then holds it as the aggregate's.
/// </summary>
public sealed partial class Collaboration
{
    /// <summary>
    /// Replaces what an evaluation says, against the same framework, under the rules it was recorded by.
    /// <paramref name="latestOtherEvaluatedOn"/> is the date of the latest of the collaboration's other evaluations.
    /// </summary>
    public Evaluation CorrectEvaluation(Evaluation evaluation, EvaluationFramework framework, EvaluationFacts facts, DateOnly? latestOtherEvaluatedOn,
        string? reason, ChangeContext change)
    {
        EnsureNotEnded();
        EnsureOwn(evaluation);
        if (framework.Id != evaluation.FrameworkId)
        {
            throw new ArgumentException("A corrected evaluation stays an evaluation against the same framework.", nameof(framework));
        }

        RecordedDates.EnsureNotInTheFuture(facts.EvaluatedOn, change.Today, new Text(
            $"An evaluation cannot be dated in the future ({facts.EvaluatedOn:yyyy-MM-dd}).",
            $"Een evaluatie kan niet in de toekomst gedateerd zijn ({facts.EvaluatedOn:yyyy-MM-dd})."));
        EnsureNotBeforeOperating(facts.EvaluatedOn, new Text("An evaluation", "Een evaluatie"));
        EnsureScoreSheetFits(framework, facts);

        var previous = Describe(evaluation, framework);
        evaluation.Correct(framework, facts);
        LastEvaluatedOn = latestOtherEvaluatedOn > facts.EvaluatedOn ? latestOtherEvaluatedOn : facts.EvaluatedOn;
        RecordChange(HistoryEntryKind.EvaluationCorrected,
            $"Evaluation corrected from {previous} to {Describe(evaluation, framework)}; the evaluator is not repeated here{Because(reason)}",
            change, subjectId: evaluation.Id);
        return evaluation;
    }

    /// <summary>
    /// Withdraws an evaluation recorded by mistake; the history keeps what it judged. The latest of the others
    /// (<paramref name="latestOtherEvaluatedOn"/>) becomes the last evaluation, and the next due date moves with it.
    /// </summary>
    public void WithdrawEvaluation(Evaluation evaluation, EvaluationFramework framework, DateOnly? latestOtherEvaluatedOn, string reason,
        ChangeContext change)
    {
        EnsureNotEnded();
        EnsureOwn(evaluation);
        // Read beside the aggregate, the evaluation is in its list; leaving the list deletes it with the change.
        evaluations.Remove(evaluation);
        LastEvaluatedOn = latestOtherEvaluatedOn;
        RecordChange(HistoryEntryKind.EvaluationWithdrawn, $"Evaluation withdrawn: {Describe(evaluation, framework)}{Because(reason)}",
            change, subjectId: evaluation.Id);
    }

    /// <summary>Replaces what a development activity says, its status included, under the rules it was recorded by.</summary>
    public DevelopmentActivity CorrectDevelopmentActivity(DevelopmentActivity activity, DevelopmentActivityFacts facts, string? reason, ChangeContext change)
    {
        EnsureNotEnded();
        EnsureOwn(activity);
        EnsureFitting(facts, change.Today);

        var previous = Describe(activity);
        activity.Correct(facts);
        RecordChange(HistoryEntryKind.DevelopmentActivityCorrected, $"Development activity corrected from {previous} to {Describe(activity)}{Because(reason)}",
            change, subjectId: activity.Id);
        return activity;
    }

    /// <summary>Withdraws a development activity recorded by mistake; the history keeps what it said.</summary>
    public void WithdrawDevelopmentActivity(DevelopmentActivity activity, string reason, ChangeContext change)
    {
        EnsureNotEnded();
        EnsureOwn(activity);
        developmentActivities.Remove(activity);
        RecordChange(HistoryEntryKind.DevelopmentActivityWithdrawn, $"Development activity withdrawn: {Describe(activity)}{Because(reason)}",
            change, subjectId: activity.Id);
    }

    private static void EnsureScoreSheetFits(EvaluationFramework framework, EvaluationFacts facts)
    {
        var gaps = framework.ScoreSheetGaps(facts.Scores.Select(s => s.CriterionCode).ToList());
        if (gaps.Count > 0)
        {
            throw Refusals.ScoreSheetIncomplete.Because(new Text(
                string.Join(" ", gaps.Select(g => g.Message)),
                $"Het scoreformulier past niet bij het kader '{framework.Name}': {string.Join(", ", gaps.Select(g => g.Field))}."));
        }

        if (string.IsNullOrWhiteSpace(facts.Evaluator))
        {
            throw new ArgumentException("An evaluation names who evaluated.", nameof(facts));
        }
    }

    private void EnsureOwn(Evaluation evaluation)
    {
        if (evaluation.CollaborationId != Id)
        {
            throw new PartNotFoundException("Evaluation", evaluation.Id.ToString());
        }
    }

    private void EnsureOwn(DevelopmentActivity activity)
    {
        if (activity.CollaborationId != Id)
        {
            throw new PartNotFoundException("Development activity", activity.Id.ToString());
        }
    }

    /// <summary>What an evaluation judged, without who evaluated (it may name a person) or the findings' free text.</summary>
    private static string Describe(Evaluation e, EvaluationFramework framework) =>
        $"{DomainTerms.Of(e.Kind)} dated {e.EvaluatedOn:yyyy-MM-dd} with framework '{framework.Name}', " +
        $"{e.Scores.Count(s => !s.NietBeoordeeld)} of {e.Scores.Count} criteria scored" +
        (e.MeanScore is { } mean ? $", mean {mean.ToString("0.00", CultureInfo.InvariantCulture)}" : "");

    /// <summary>What an activity was, in numbers: never who came, nor the notes' free text.</summary>
    private static string Describe(DevelopmentActivity a) =>
        $"{DomainTerms.Of(a.Kind)} '{a.Title}' {DomainTerms.Of(a.Status)} on {a.HeldOn:yyyy-MM-dd}" +
        (a.Status == DevelopmentActivityStatus.Gehouden ? $" with {a.AttendeeCount} attendee(s)" : "");
}
