using Samenwerking.Application.Common.Concurrency;
using Mediator;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities.RecordDevelopmentActivity;

/// <summary>A training, masterclass, leergang or intervisie that took place.</summary>
public sealed record RecordDevelopmentActivityCommand : ICommand<DevelopmentActivityChange>
{
    public Guid CollaborationId { get; init; }

    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>Training, masterclass, leergang or intervisie.</summary>
    public DevelopmentActivityKind Kind { get; init; }

    /// <summary>What it was called.</summary>
    public string Title { get; init; } = "";

    /// <summary>When it took place (for a series, the first day); not in the future, not before the collaboration started operating.</summary>
    public DateOnly HeldOn { get; init; }

    /// <summary>How many people took part: 1 to 10000.</summary>
    public int AttendeeCount { get; init; }

    /// <summary>Anything worth keeping about it.</summary>
    public string? Notes { get; init; }

    public DevelopmentActivityFacts ToFacts() => new(Kind, Title, HeldOn, AttendeeCount, Notes);
}
