using System.Linq.Expressions;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Collaborations;

public sealed partial class Collaboration
{
    /// <summary>The next evaluation's due date has passed (see <see cref="EvaluationSchedule.IsOverdue"/>), as a query filter.</summary>
    public static Expression<Func<Collaboration, bool>> EvaluationOverdueOn(DateOnly today) => c => c.NextEvaluationDue < today;

    /// <summary>The next evaluation is due today or later; collaborations without a due date match neither filter.</summary>
    public static Expression<Func<Collaboration, bool>> EvaluationOnScheduleOn(DateOnly today) => c => c.NextEvaluationDue >= today;

    public bool IsEvaluationOverdue(DateOnly today) => EvaluationSchedule.IsOverdue(NextEvaluationDue, today);

    /// <summary>
    /// Records an evaluation against <paramref name="framework"/>. Evaluating belongs to doorontwikkeling,
    /// cannot be dated in the future nor before the collaboration started operating, and must judge every
    /// criterion of the framework. From now on the framework's criteria are frozen.
    /// </summary>
    public Evaluation RecordEvaluation(EvaluationFramework framework, EvaluationFacts facts, ChangeContext change)
    {
        EnsureNotEnded();
        EnsureInDoorontwikkeling(Refusals.EvaluationRequiresDoorontwikkeling, new Text(
            "it is evaluated once it operates, in doorontwikkeling", "ze wordt geëvalueerd zodra ze werkt, in doorontwikkeling"));
        RecordedDates.EnsureNotInTheFuture(facts.EvaluatedOn, change.Today, new Text(
            $"An evaluation cannot be dated in the future ({facts.EvaluatedOn:yyyy-MM-dd}).",
            $"Een evaluatie kan niet in de toekomst gedateerd zijn ({facts.EvaluatedOn:yyyy-MM-dd})."));

        EnsureNotBeforeOperating(facts.EvaluatedOn, new Text("An evaluation", "Een evaluatie"));
        EnsureScoreSheetFits(framework, facts);
        var evaluation = new Evaluation(Id, framework, facts, change);
        evaluations.Add(evaluation);
        // Saved with this change, in one transaction: the framework's row version then stops a concurrent criteria change.
        framework.MarkInUse();
        LastEvaluatedOn = LastEvaluatedOn > facts.EvaluatedOn ? LastEvaluatedOn : facts.EvaluatedOn;
        var scored = evaluation.Scores.Count(s => !s.NietBeoordeeld);
        RecordChange(HistoryEntryKind.EvaluationRecorded,
            $"Evaluation ({DomainTerms.Of(facts.Kind)}) dated {facts.EvaluatedOn:yyyy-MM-dd} recorded with framework '{framework.Name}': " +
            $"{scored} of {evaluation.Scores.Count} criteria scored" +
            (evaluation.MeanScore is { } mean ? $", mean {mean.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}." : "."),
            change, subjectId: evaluation.Id);
        return evaluation;
    }

    /// <summary>Sets the interval the regeling agrees on; the next due date moves with it.</summary>
    public void ChangeEvaluationInterval(int years, ChangeContext change)
    {
        EnsureNotEnded();
        if (!EvaluationSchedule.IsValidInterval(years))
        {
            throw new ArgumentOutOfRangeException(nameof(years), years,
                $"The evaluation interval is {EvaluationSchedule.MinIntervalYears} to {EvaluationSchedule.MaxIntervalYears} years.");
        }

        if (years == EvaluationIntervalYears)
        {
            return;
        }

        var previous = EvaluationIntervalYears;
        EvaluationIntervalYears = years;
        ScheduleNextEvaluation();
        RecordChange(HistoryEntryKind.EvaluationIntervalChanged,
            $"Evaluation interval changed from {previous} to {years} years" +
            (NextEvaluationDue is { } due ? $"; next evaluation due {due:yyyy-MM-dd}." : "."), change);
    }

    /// <summary>
    /// The cycle starts when doorontwikkeling began: the transition's date, or, for a collaboration
    /// registered in doorontwikkeling, the date it started operating.
    /// </summary>
    private void ScheduleNextEvaluation() =>
        NextEvaluationDue = Phase == Phase.Doorontwikkeling
            ? EvaluationSchedule.NextDue(LastEvaluatedOn, CurrentPhaseStartedOn, EvaluationIntervalYears)
            : null;

    private void EnsureInDoorontwikkeling(Refusal refusal, Text why)
    {
        if (Phase != Phase.Doorontwikkeling)
        {
            throw refusal.Because(new Text(
                    $"The collaboration is in {DomainTerms.Of(Phase)}; {why.English}.",
                    $"De samenwerking is in {DomainTerms.Of(Phase)}; {why.Dutch}."),
                new Dictionary<string, object?> { ["currentPhase"] = Phase });
        }
    }

    private void EnsureNotBeforeOperating(DateOnly date, Text what)
    {
        if (OperatingSince is { } since && date < since)
        {
            throw Refusals.DatedBeforeOperatingSince.Because(new Text(
                    $"{what.English} dated {date:yyyy-MM-dd} is before the collaboration started operating on {since:yyyy-MM-dd}.",
                    $"{what.Dutch} gedateerd {date:yyyy-MM-dd} ligt vóór de start van de samenwerking op {since:yyyy-MM-dd}."),
                new Dictionary<string, object?> { ["operatingSince"] = since });
        }
    }
}
