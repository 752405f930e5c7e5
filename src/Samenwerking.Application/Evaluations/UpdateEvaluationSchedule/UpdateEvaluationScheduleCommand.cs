using Samenwerking.Application.Common.Concurrency;
using Mediator;

namespace Samenwerking.Application.Evaluations.UpdateEvaluationSchedule;

/// <summary>The evaluation interval the collaboration's regeling agrees on.</summary>
public sealed record UpdateEvaluationScheduleCommand : ICommand<Versioned<EvaluationScheduleDto>>
{
    public Guid CollaborationId { get; init; }

    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>Every how many years the collaboration is evaluated: 1 to 10.</summary>
    public int EvaluationIntervalYears { get; init; }
}
