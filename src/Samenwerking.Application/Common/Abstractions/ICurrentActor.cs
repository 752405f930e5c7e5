using Samenwerking.Domain.Common;

namespace Samenwerking.Application.Common.Abstractions;

/// <summary>The person or system on whose behalf the current request changes things.</summary>
public interface ICurrentActor
{
    Actor Actor { get; }
}

public static class ChangeContexts
{
    /// <summary>Who changes something, and the moment and Dutch calendar date they do it.</summary>
    public static ChangeContext ChangeBy(this IClock clock, ICurrentActor actor) => new(actor.Actor, clock.UtcNow, clock.Today);
}
