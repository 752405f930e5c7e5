using Mediator;

namespace Samenwerking.Application.EvaluationFrameworks.GetEvaluationFramework;

public sealed record GetEvaluationFrameworkQuery(Guid Id) : IQuery<EvaluationFrameworkDto>;
