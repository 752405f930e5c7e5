using Mediator;

namespace Samenwerking.Application.EvaluationFrameworks.ListEvaluationFrameworks;

/// <summary>All evaluation frameworks, by name. There are a handful, so the list is not paged.</summary>
public sealed record ListEvaluationFrameworksQuery : IQuery<IReadOnlyList<EvaluationFrameworkDto>>;
