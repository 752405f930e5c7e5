using Mediator;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.EvaluationFrameworks.GetEvaluationFramework;

public sealed record GetEvaluationFrameworkQuery(Guid Id) : IQuery<Versioned<EvaluationFrameworkDto>>;
