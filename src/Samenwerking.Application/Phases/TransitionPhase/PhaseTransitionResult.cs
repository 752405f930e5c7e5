using Samenwerking.Application.Common.Concurrency;
using Mediator;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Phases.TransitionPhase;

/// <summary>The transition made and the collaboration's new version.</summary>
public sealed record PhaseTransitionResult(PhaseTransitionDto Transition, uint CollaborationVersion);
