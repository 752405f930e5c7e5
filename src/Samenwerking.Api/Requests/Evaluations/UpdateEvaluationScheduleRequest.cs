namespace Samenwerking.Api.Requests.Evaluations;

/// <summary>The evaluation interval the collaboration's regeling agrees on.</summary>
public sealed record UpdateEvaluationScheduleRequest
{
    /// <summary>Every how many years the collaboration is evaluated: 1 to 10.</summary>
    public int EvaluationIntervalYears { get; init; }
}
