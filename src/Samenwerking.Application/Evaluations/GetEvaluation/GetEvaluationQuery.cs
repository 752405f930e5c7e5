using Mediator;

namespace Samenwerking.Application.Evaluations.GetEvaluation;

public sealed record GetEvaluationQuery(Guid CollaborationId, Guid EvaluationId) : IQuery<EvaluationDto>;
