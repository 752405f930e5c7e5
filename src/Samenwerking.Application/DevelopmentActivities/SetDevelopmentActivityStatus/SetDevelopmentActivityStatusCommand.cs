using Mediator;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities.SetDevelopmentActivityStatus;

/// <summary>A planned activity was held (with its attendance) or cancelled.</summary>
public sealed record SetDevelopmentActivityStatusCommand : ICommand<DevelopmentActivityChange>
{
    public Guid CollaborationId { get; init; }

    public Guid ActivityId { get; init; }

    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>Gehouden or geannuleerd.</summary>
    public DevelopmentActivityStatus Status { get; init; }

    /// <summary>When it was held, when not on the planned day; only for gehouden.</summary>
    public DateOnly? HeldOn { get; init; }

    /// <summary>How many people took part: 1 to 10000 for gehouden, left out for geannuleerd.</summary>
    public int AttendeeCount { get; init; }

    /// <summary>How many of them came from each participating municipality (numbers, no names); only for gehouden.</summary>
    public IReadOnlyList<MunicipalAttendance> Attendance { get; init; } = [];
}
