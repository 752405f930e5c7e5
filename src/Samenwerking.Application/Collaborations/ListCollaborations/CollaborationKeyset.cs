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

    /// <summary>The cursor after the last item of a page: its value of the sort key, and its id.</summary>
    public static string CursorAfter(string sort, Guid id, string nameForSearch, DateTimeOffset createdAt, DateTimeOffset updatedAt) =>
        new KeysetCursor(sort, [sort.TrimStart('-') switch
        {
            "createdAt" => KeysetCursor.Of(createdAt),
            "updatedAt" => KeysetCursor.Of(updatedAt),
            _ => nameForSearch,
        }, KeysetCursor.Of(id)]).Encode();

    /// <summary>
    /// Only the collaborations that sort after the cursor (checked by the validator), or all without one. The first
    /// condition repeats part of the second because an index seeks on it, and not on the "or".
    /// </summary>
    public static IQueryable<Collaboration> After(this IQueryable<Collaboration> collaborations, string? after, string sort)
    {
        if (after is null)
        {
            return collaborations;
        }

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

    private static (string Name, DateTimeOffset Instant, Guid Id) Parse(KeysetCursor cursor, string sort) =>
        sort.TrimStart('-') == "name"
            ? (cursor.Key[0], default, cursor.GuidAt(1))
            : (string.Empty, cursor.InstantAt(0), cursor.GuidAt(1));
}
