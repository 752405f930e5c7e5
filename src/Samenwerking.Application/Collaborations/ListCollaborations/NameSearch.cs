using System.Text;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Querying;
using Samenwerking.Domain.Common;

namespace Samenwerking.Application.Collaborations.ListCollaborations;

/// <summary>
/// <c>q</c>: the collaborations whose name contains the term anywhere, regardless of case and accents. A name that
/// contains the term has, one after the other, a word ending in the term's first word and a word starting with its
/// second; a term of one word lies inside one word of the name. Those words are looked up in
/// <see cref="CollaborationNameWord"/>, whose entries carry the whole name, so the term is checked there as well and a
/// search alone reads no collaboration that is not on its page (at 100,000 names a trigram index rechecked some 550
/// rows in as many table pages for "omgevingsdienst kust", and decoded 300,000 index entries of its common trigrams).
/// </summary>
public sealed class NameSearch
{
    private NameSearch(SearchedNames values, PreparedQuery<SearchedNames, CollaborationNameWord>? entries)
    {
        Values = values;
        EntriesQuery = entries;
    }

    /// <summary>The values <see cref="EntriesQuery"/> looks the words up by.</summary>
    public SearchedNames Values { get; }

    /// <summary>
    /// The word entries of the names that contain the term, a collaboration more than once when its name has the words
    /// more than once; <see langword="null"/> when the term has no word that narrows the search: a single word of one
    /// or two characters is part of so many words that walking the names in order finds a page sooner.
    /// </summary>
    public PreparedQuery<SearchedNames, CollaborationNameWord>? EntriesQuery { get; }

    public static NameSearch? For(string? q)
    {
        if (string.IsNullOrWhiteSpace(q) || SearchText.Normalize(q) is not { Length: > 0 } term)
        {
            return null;
        }

        var words = SearchText.Words(term);
        var pattern = Contains(term);
        if (words.Length >= 2)
        {
            var (endFrom, endTo) = PrefixRange(Reversed(words[0]));
            var (nextFrom, nextTo) = PrefixRange(words[1]);
            return new NameSearch(new SearchedNames(pattern) { EndFrom = endFrom, EndTo = endTo, NextFrom = nextFrom, NextTo = nextTo },
                ByWordPair);
        }

        return words is [{ Length: >= 3 } word]
            ? new NameSearch(new SearchedNames(pattern) { WordPattern = Contains(word) }, ByWord)
            : new NameSearch(new SearchedNames(pattern), null);
    }

    /// <inheritdoc cref="EntriesQuery"/>
    public IQueryable<CollaborationNameWord>? Entries(IReadSideDbContext db) => EntriesQuery?.Build(db, Values);

    // Joined, not "IN (subquery)": a query inside a lambda costs EF an evaluation and a second walk of its expression on
    // every request, where a join takes the vocabulary's query as it is. Without an upper end (a word of the highest
    // code point) EF leaves the condition out of the statement it makes for that case.
    private static readonly PreparedQuery<SearchedNames, CollaborationNameWord> ByWordPair = new((db, values) =>
        db.NameWordsReversedBetween(values.EndFrom, values.EndTo)
            .Join(db.CollaborationNameWords.Where(e => string.Compare(e.NextWord, values.NextFrom) >= 0
                    && (values.NextTo == null || string.Compare(e.NextWord, values.NextTo) < 0)),
                w => w.Word, e => e.Word, (_, e) => e)
            .Where(e => EF.Functions.Like(e.NameForSearch, values.Pattern)));

    private static readonly PreparedQuery<SearchedNames, CollaborationNameWord> ByWord = new((db, values) =>
        db.NameWordsLike(values.WordPattern)
            .Join(db.CollaborationNameWords, w => w.Word, e => e.Word, (_, e) => e)
            .Where(e => EF.Functions.Like(e.NameForSearch, values.Pattern)));

    /// <summary>
    /// The strings that start with <paramref name="prefix"/>, as a range an index seeks: from the prefix up to, not
    /// including, the prefix with its last character one higher. The words are stored in collation "C", which orders by
    /// code point; LIKE 'prefix%' would seek the same range only in a plan made for that one value, not in the generic
    /// plan of a prepared statement. No upper end when every character is the highest there is.
    /// </summary>
    private static (string From, string? To) PrefixRange(string prefix)
    {
        var runes = prefix.EnumerateRunes().ToList();
        while (runes.Count > 0 && runes[^1].Value == HighestCodePoint)
        {
            runes.RemoveAt(runes.Count - 1);
        }

        if (runes.Count == 0)
        {
            return (prefix, null);
        }

        var next = runes[^1].Value + 1;
        runes[^1] = new Rune(next == 0xD800 ? 0xE000 : next);
        return (prefix, string.Concat(runes.Select(r => r.ToString())));
    }

    private const int HighestCodePoint = 0x10FFFF;

    /// <summary>The text backwards by character, as PostgreSQL's <c>reverse</c> turns it.</summary>
    private static string Reversed(string text) =>
        string.Concat(text.EnumerateRunes().Reverse().Select(r => r.ToString()));

    private static string Contains(string text) =>
        "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}

/// <summary>A collaboration whose name contains the term, with the name it is sorted by.</summary>
public sealed class NameMatch
{
    public Guid CollaborationId { get; init; }

    public string NameForSearch { get; init; } = "";
}
