using Mediator;

namespace Samenwerking.Application.Evaluations.GetEvaluationTrend;

/// <summary>The trend of a collaboration's scores on the criteria of one framework.</summary>
public sealed record GetEvaluationTrendQuery(Guid CollaborationId, Guid? FrameworkId) : IQuery<EvaluationTrendDto>;
