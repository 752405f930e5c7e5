using Mediator;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities.CorrectDevelopmentActivity;

/// <summary>Replaces what a recorded development activity says, its status included.</summary>
public sealed record CorrectDevelopmentActivityCommand : ICommand<DevelopmentActivityChange>, IDevelopmentActivityInput
{
    public Guid CollaborationId { get; init; }

    public Guid ActivityId { get; init; }

    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>Training, masterclass, leergang or intervisie.</summary>
    public DevelopmentActivityKind Kind { get; init; }

    /// <summary>What it was called.</summary>
    public string Title { get; init; } = "";

    /// <summary>When it took place or is planned (for a series, the first day); a held one not in the future.</summary>
    public DateOnly HeldOn { get; init; }

    /// <summary>How many people took part: 1 to 10000 when held; 0 (or left out) when planned or cancelled.</summary>
    public int AttendeeCount { get; init; }

    /// <summary>Gepland, gehouden or geannuleerd.</summary>
    public DevelopmentActivityStatus Status { get; init; }

    /// <summary>How many of the attendees came from each participating municipality, when held (numbers, no names).</summary>
    public IReadOnlyList<MunicipalAttendance> Attendance { get; init; } = [];

    /// <summary>Anything worth keeping about it.</summary>
    public string? Notes { get; init; }

    /// <summary>Why it is corrected (kept in the history, e.g. "onjuist geregistreerd").</summary>
    public string? Reason { get; init; }

    DevelopmentActivityStatus IDevelopmentActivityInput.StatusOrHeld => Status;
}
