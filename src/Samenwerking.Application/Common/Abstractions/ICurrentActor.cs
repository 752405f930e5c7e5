using Samenwerking.Domain.Authorization;
using Samenwerking.Domain.Common;

namespace Samenwerking.Application.Common.Abstractions;

/// <summary>The person or system on whose behalf the current request changes things.</summary>
public interface ICurrentActor
{
    Actor Actor { get; }

    /// <summary>
    /// The CBS codes of the municipalities the user acts for (the token's municipality claim); empty when it
    /// names none. The default grants nothing, so an actor that does not say is refused every change.
    /// </summary>
    IReadOnlyList<string> Municipalities => [];

    /// <summary>A functional administrator (scope <c>samenwerking.admin</c>): may do anything, for every collaboration.</summary>
    bool IsAdministrator => false;

    /// <summary>The organisation the token names its person for (the configured organisation claim), if any: how a delegate's changes are labelled.</summary>
    string? Organisation => null;
}

public static class ChangeContexts
{
    /// <summary>Who changes something, and the moment and Dutch calendar date they do it.</summary>
    public static ChangeContext ChangeBy(this IClock clock, ICurrentActor actor) => new(actor.Actor, clock.UtcNow, clock.Today);

    /// <summary>The user as the domain's permission rules see them.</summary>
    public static ActingUser AsActingUser(this ICurrentActor actor) => new(actor.Actor, actor.Municipalities, actor.IsAdministrator);
}
