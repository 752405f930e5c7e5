namespace Samenwerking.Domain.Common;

/// <summary>Who is making a change (the token's subject and name).</summary>
public sealed record Actor(string Subject, string Name)
{
    public const int MaxLength = 200;

    public static readonly Actor System = new("system", "Samenwerking API");

    /// <summary>The delegation a person acted under, when they did; the change feed names it beside the municipality.</summary>
    public Guid? DelegationId { get; init; }

    /// <summary>The municipality (CBS code) a delegate acted for; null for anyone acting in their own right.</summary>
    public string? OnBehalfOf { get; init; }
}

/// <summary>
/// Who changes the aggregate and when: every change is recorded with both, and "today" (in the
/// Netherlands) decides what counts as the future.
/// </summary>
public sealed record ChangeContext(Actor Actor, DateTimeOffset Now, DateOnly Today);
