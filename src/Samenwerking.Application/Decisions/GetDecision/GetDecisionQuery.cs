using Mediator;

namespace Samenwerking.Application.Decisions.GetDecision;

public sealed record GetDecisionQuery(Guid CollaborationId, Guid DecisionId) : IQuery<DecisionDto>;
