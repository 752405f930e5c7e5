namespace Samenwerking.Domain.Rules;

/// <summary>Why a change is refused, which decides the HTTP status class.</summary>
public enum RefusalKind
{
    /// <summary>The change contradicts the state or rules of the domain (409).</summary>
    Conflict,

    /// <summary>The user may not make this change: wrong municipality, or not an administrator (403).</summary>
    Forbidden,
}
