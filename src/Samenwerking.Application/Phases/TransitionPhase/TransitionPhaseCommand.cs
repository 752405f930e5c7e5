using Samenwerking.Application.Common.Concurrency;
using Mediator;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Phases.TransitionPhase;

/// <summary>Move the collaboration to the next phase.</summary>
public sealed record TransitionPhaseCommand : ICommand<PhaseTransitionResult>
{
    public Guid CollaborationId { get; init; }

    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>The phase to move to: only the next one is allowed.</summary>
    public Phase To { get; init; }

    /// <summary>Date the new phase begins; default today. Not in the future, not before the current phase began.</summary>
    public DateOnly? EffectiveOn { get; init; }

    /// <summary>Why the collaboration moves on.</summary>
    public string Rationale { get; init; } = "";
}
