namespace Samenwerking.Application.Evaluations;

/// <summary>When a collaboration is evaluated: the agreed interval and the next due date.</summary>
public sealed record EvaluationScheduleDto
{
    /// <summary>Every how many years the collaboration is evaluated, as its regeling agrees (1 to 10; default 4).</summary>
    public required int EvaluationIntervalYears { get; init; }

    /// <summary>Date of the most recent evaluation; null before the first.</summary>
    public required DateOnly? LastEvaluatedOn { get; init; }

    /// <summary>
    /// The last evaluation's date, or when there is none the date doorontwikkeling began, plus the interval
    /// (29 February plus a year is 28 February). Null outside doorontwikkeling.
    /// </summary>
    public required DateOnly? NextEvaluationDue { get; init; }

    /// <summary>True when the due date has passed (today, Dutch time, is after it).</summary>
    public required bool IsOverdue { get; init; }
}
