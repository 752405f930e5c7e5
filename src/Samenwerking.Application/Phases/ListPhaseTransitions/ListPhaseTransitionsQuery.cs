using Mediator;

namespace Samenwerking.Application.Phases.ListPhaseTransitions;

/// <summary>Every transition of a collaboration, oldest first.</summary>
public sealed record ListPhaseTransitionsQuery(Guid CollaborationId) : IQuery<IReadOnlyList<PhaseTransitionDto>>;
