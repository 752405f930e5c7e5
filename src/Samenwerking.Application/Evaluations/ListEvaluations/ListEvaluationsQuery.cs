using Mediator;

namespace Samenwerking.Application.Evaluations.ListEvaluations;

/// <summary>A collaboration's evaluations, newest first, each compared with the previous one on its framework.</summary>
public sealed record ListEvaluationsQuery(Guid CollaborationId) : IQuery<IReadOnlyList<EvaluationDto>>;
