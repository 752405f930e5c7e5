namespace Samenwerking.Application.Collaborations.ListCollaborations;

/// <summary>
/// The values of a name search as its prepared queries read them (<see cref="NameSearch"/>), with the page asked for.
/// A term's words are looked up either as a pair (a word ending in the first, followed by one starting with the second:
/// two ranges) or as one word (a pattern); the other way's values stay empty.
/// </summary>
/// <param name="Pattern">LIKE's pattern for a name containing the term; the term's own wildcards are escaped.</param>
public sealed record SearchedNames(string Pattern)
{
    /// <summary>The reversed words that end in the term's first word: from, up to (none when <see langword="null"/>).</summary>
    public string EndFrom { get; init; } = "";

    public string? EndTo { get; init; }

    /// <summary>The words that start with the term's second word: from, up to (none when <see langword="null"/>).</summary>
    public string NextFrom { get; init; } = "";

    public string? NextTo { get; init; }

    /// <summary>LIKE's pattern for a word containing the term's only word.</summary>
    public string WordPattern { get; init; } = "";

    public int Skip { get; init; }

    public int Take { get; init; }

    /// <summary>The name and id a keyset cursor says the page comes after; empty on a page without one.</summary>
    public string AfterName { get; init; } = "";

    public Guid AfterId { get; init; }
}
