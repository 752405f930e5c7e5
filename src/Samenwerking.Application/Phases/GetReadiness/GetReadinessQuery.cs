using Mediator;

namespace Samenwerking.Application.Phases.GetReadiness;

/// <summary>The exit rules of the current phase, each met or not: exactly what a transition would decide now.</summary>
public sealed record GetReadinessQuery(Guid CollaborationId) : IQuery<ReadinessDto>;
