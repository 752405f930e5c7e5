using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.Events;

/// <summary>An evaluation framework was defined (<paramref name="Defined"/>) or revised.</summary>
public sealed record EvaluationFrameworkChanged(
    Guid FrameworkId,
    bool Defined,
    string Name,
    int CriterionCount,
    Actor Actor,
    DateTimeOffset OccurredAt) : IDomainEvent;
