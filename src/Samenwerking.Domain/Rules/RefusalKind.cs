namespace Samenwerking.Domain.Rules;

/// <summary>
/// Why a change is refused, which decides the HTTP status class. Not an enum: it is no domain value a
/// client sends or reads, so it has no place among the vocabularies.
/// </summary>
public sealed class RefusalKind
{
    /// <summary>The change contradicts the state or rules of the domain (409).</summary>
    public static readonly RefusalKind Conflict = new("conflict");

    /// <summary>The user may not make this change: wrong municipality, or not an administrator (403).</summary>
    public static readonly RefusalKind Forbidden = new("forbidden");

    private RefusalKind(string name) => Name = name;

    public string Name { get; }

    public override string ToString() => Name;
}
