using Samenwerking.Application.Common.Concurrency;
using Mediator;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities.RecordDevelopmentActivity;

/// <summary>A training, masterclass, leergang or intervisie that took place, or is planned.</summary>
public sealed record RecordDevelopmentActivityCommand : ICommand<DevelopmentActivityChange>, IDevelopmentActivityInput
{
    public Guid CollaborationId { get; init; }

    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>Training, masterclass, leergang or intervisie.</summary>
    public DevelopmentActivityKind Kind { get; init; }

    /// <summary>What it was called.</summary>
    public string Title { get; init; } = "";

    /// <summary>When it took place or is planned (for a series, the first day); a held one not in the future.</summary>
    public DateOnly HeldOn { get; init; }

    /// <summary>How many people took part: 1 to 10000 once held; 0 (or left out) while planned.</summary>
    public int AttendeeCount { get; init; }

    /// <summary>Gepland or gehouden; gehouden when left out, as before activities could be planned.</summary>
    public DevelopmentActivityStatus? Status { get; init; }

    /// <summary>How many of the attendees came from each participating municipality, once held (numbers, no names).</summary>
    public IReadOnlyList<MunicipalAttendance> Attendance { get; init; } = [];

    /// <summary>Anything worth keeping about it.</summary>
    public string? Notes { get; init; }

    public DevelopmentActivityStatus StatusOrHeld => Status ?? DevelopmentActivityStatus.Gehouden;
}
