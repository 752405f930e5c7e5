namespace Samenwerking.Domain.Common;

/// <summary>A fact that happened to an aggregate: who caused it and when.</summary>
public interface IDomainEvent
{
    Actor Actor { get; }

    DateTimeOffset OccurredAt { get; }
}
