using Samenwerking.Application.Common.Paging;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.ListCollaborations;

/// <summary>
/// Keyset pagination of the collaborations list: the cursor holds the last item's sort value and id (the tie-breaker
/// of every sort), and the next page is what sorts after that pair.
/// </summary>
public static class CollaborationKeyset
{
    private const int KeyLength = 2;

    public static bool IsValid(string after, string sort) =>
        KeysetCursor.IsValid(after, sort, KeyLength, cursor => Parse(cursor, sort) is var (_, _, _));

    public static string CursorAfter(ListedCollaboration last, string sort) =>
        new KeysetCursor(sort, [ValueOf(last, sort), KeysetCursor.Of(last.Summary.Id)]).Encode();

    /// <summary>
    /// Only the collaborations that sort after the cursor; the cursor was checked by the validator. The first,
    /// redundant condition is the one an index can seek on (PostgreSQL does not seek on the "or" that follows), so a
    /// page deep into the list starts right at the cursor.
    /// </summary>
    public static IQueryable<Collaboration> After(this IQueryable<Collaboration> collaborations, string after, string sort)
    {
        var (name, instant, id) = Parse(KeysetCursor.Decode(after, sort, KeyLength)!, sort);
        return sort switch
        {
            "-name" => collaborations.Where(c => string.Compare(c.NameForSearch, name) <= 0)
                .Where(c => string.Compare(c.NameForSearch, name) < 0 || (c.NameForSearch == name && c.Id > id)),
            "createdAt" => collaborations.Where(c => c.CreatedAt >= instant).Where(c => c.CreatedAt > instant || (c.CreatedAt == instant && c.Id > id)),
            "-createdAt" => collaborations.Where(c => c.CreatedAt <= instant).Where(c => c.CreatedAt < instant || (c.CreatedAt == instant && c.Id > id)),
            "updatedAt" => collaborations.Where(c => c.UpdatedAt >= instant).Where(c => c.UpdatedAt > instant || (c.UpdatedAt == instant && c.Id > id)),
            "-updatedAt" => collaborations.Where(c => c.UpdatedAt <= instant).Where(c => c.UpdatedAt < instant || (c.UpdatedAt == instant && c.Id > id)),
            _ => collaborations.Where(c => string.Compare(c.NameForSearch, name) >= 0)
                .Where(c => string.Compare(c.NameForSearch, name) > 0 || (c.NameForSearch == name && c.Id > id)),
        };
    }

    /// <summary>The name and id of a cursor on a list by name, which the validator checked.</summary>
    public static (string Name, Guid Id) NameAndId(string after, string sort)
    {
        var (name, _, id) = Parse(KeysetCursor.Decode(after, sort, KeyLength)!, sort);
        return (name, id);
    }

    private static (string Name, DateTimeOffset Instant, Guid Id) Parse(KeysetCursor cursor, string sort) =>
        sort.TrimStart('-') == "name"
            ? (cursor.Key[0], default, cursor.GuidAt(1))
            : (string.Empty, cursor.InstantAt(0), cursor.GuidAt(1));

    private static string ValueOf(ListedCollaboration row, string sort) => sort.TrimStart('-') switch
    {
        "createdAt" => KeysetCursor.Of(row.CreatedAt),
        "updatedAt" => KeysetCursor.Of(row.Summary.UpdatedAt),
        _ => row.NameForSearch,
    };
}

/// <summary>A collaboration of the list with the sort values a cursor needs that the summary does not show.</summary>
public sealed record ListedCollaboration(CollaborationSummaryDto Summary, string NameForSearch, DateTimeOffset CreatedAt);
