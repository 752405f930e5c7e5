namespace Samenwerking.Domain.Evaluations;

/// <summary>
/// Since the 2022 Wgr amendment every regeling agrees how it is evaluated; the law leaves the interval
/// to the regeling, so it is kept per collaboration, every four years unless agreed otherwise.
/// </summary>
public static class EvaluationSchedule
{
    public const int DefaultIntervalYears = 4;
    public const int MinIntervalYears = 1;
    public const int MaxIntervalYears = 10;

    public static bool IsValidInterval(int years) => years is >= MinIntervalYears and <= MaxIntervalYears;

    /// <summary>
    /// The next evaluation is due <paramref name="intervalYears"/> after the last one, or after the
    /// cycle began when there was none yet. Whole calendar years: from 29 February the due date is
    /// 28 February of a common year, never 1 March, so it does not drift past the agreed interval.
    /// </summary>
    public static DateOnly? NextDue(DateOnly? lastEvaluatedOn, DateOnly? cycleStartedOn, int intervalYears) =>
        (lastEvaluatedOn ?? cycleStartedOn)?.AddYears(intervalYears);

    /// <summary>Overdue once the due date has passed; due today is not yet overdue.</summary>
    public static bool IsOverdue(DateOnly? nextDue, DateOnly today) => nextDue < today;
}
