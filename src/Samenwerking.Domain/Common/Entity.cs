using System.ComponentModel.DataAnnotations.Schema;

namespace Samenwerking.Domain.Common;

/// <summary>
/// An aggregate that raises domain events. The events wait here until the unit of work saves the
/// change and turns them into rows of the change feed in the same transaction; they are never stored
/// on the entity itself.
/// </summary>
public abstract class Entity
{
    private readonly List<IDomainEvent> domainEvents = [];

    [NotMapped]
    public IReadOnlyList<IDomainEvent> DomainEvents => domainEvents;

    protected void AddDomainEvent(IDomainEvent domainEvent) => domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => domainEvents.Clear();
}
