using System.Runtime.CompilerServices;
using System.Linq.Expressions;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Application.Common.Querying;
using static Samenwerking.Application.Collaborations.ListCollaborations.CollaborationRows;

namespace Samenwerking.Application.Collaborations.ListCollaborations;

/// <summary>
/// A page of a search alone, by name, as a prepared query: the page is chosen among the matching word entries, in name
/// order, before the collaborations on it are read, so a page reads as many collaborations as it shows. One query per
/// way of looking up the words, direction, and with or without a keyset cursor.
/// </summary>
internal static class SearchedPages
{
    public static PreparedQuery<SearchedNames, Counted<ListedCollaboration>> For(PreparedQuery<SearchedNames, CollaborationNameWord> entries,
        bool descending, bool afterCursor) =>
        Prepared.GetValue(entries, e => Build(e.Query))[(descending ? 2 : 0) + (afterCursor ? 1 : 0)];

    private static readonly ConditionalWeakTable<PreparedQuery<SearchedNames, CollaborationNameWord>,
        PreparedQuery<SearchedNames, Counted<ListedCollaboration>>[]> Prepared = [];

    private static PreparedQuery<SearchedNames, Counted<ListedCollaboration>>[] Build(
        Expression<Func<IReadSideDbContext, SearchedNames, IQueryable<CollaborationNameWord>>> entries) =>
        [new(FirstByName.Over(entries)), new(AfterByName.Over(entries)), new(FirstByNameDescending.Over(entries)), new(AfterByNameDescending.Over(entries))];

    // The matches are all read and sorted for any page, and that one scan counts them: count(*) OVER () beside the keys,
    // before their LIMIT. EF holds a projection back until a later operator needs it, and the rows' join would put the
    // count around the page, where it counts the page; Distinct needs the projection at once, so the count stays beside
    // the keys. Distinct keys carrying one total stay as they are.
    private static readonly Expression<Func<IQueryable<CollaborationNameWord>, IReadSideDbContext, SearchedNames, IQueryable<Counted<ListedCollaboration>>>>
        FirstByName = (entries, db, values) => entries
            .Select(e => new NameMatch { NameForSearch = e.NameForSearch, CollaborationId = e.CollaborationId }).Distinct()
            .OrderBy(m => m.NameForSearch).ThenBy(m => m.CollaborationId)
            .Select(m => new Counted<NameMatch> { Item = m, Total = QueryFunctions.RowsBeforeLimit() })
            .Skip(values.Skip).Take(values.Take).Distinct()
            .Join(db.Collaborations, k => k.Item.CollaborationId, c => c.Id, (k, c) => new MatchedCollaboration { Collaboration = c, Total = k.Total })
            .OrderBy(m => m.Collaboration.NameForSearch).ThenBy(m => m.Collaboration.Id)
            .Select(ListedWithTotal);

    private static readonly Expression<Func<IQueryable<CollaborationNameWord>, IReadSideDbContext, SearchedNames, IQueryable<Counted<ListedCollaboration>>>>
        FirstByNameDescending = (entries, db, values) => entries
            .Select(e => new NameMatch { NameForSearch = e.NameForSearch, CollaborationId = e.CollaborationId }).Distinct()
            .OrderByDescending(m => m.NameForSearch).ThenBy(m => m.CollaborationId)
            .Select(m => new Counted<NameMatch> { Item = m, Total = QueryFunctions.RowsBeforeLimit() })
            .Skip(values.Skip).Take(values.Take).Distinct()
            .Join(db.Collaborations, k => k.Item.CollaborationId, c => c.Id, (k, c) => new MatchedCollaboration { Collaboration = c, Total = k.Total })
            .OrderByDescending(m => m.Collaboration.NameForSearch).ThenBy(m => m.Collaboration.Id)
            .Select(ListedWithTotal);

    // After a cursor the matches before it are left out, so the total counts them in a subquery of its own, told apart by
    // id alone, which sorts faster than names. The first, redundant condition is the one an index can seek on.
    private static readonly Expression<Func<IQueryable<CollaborationNameWord>, IReadSideDbContext, SearchedNames, IQueryable<Counted<ListedCollaboration>>>>
        AfterByName = (entries, db, values) => entries
            .Select(e => new NameMatch { NameForSearch = e.NameForSearch, CollaborationId = e.CollaborationId }).Distinct()
            .Where(m => string.Compare(m.NameForSearch, values.AfterName) >= 0)
            .Where(m => string.Compare(m.NameForSearch, values.AfterName) > 0 || (m.NameForSearch == values.AfterName && m.CollaborationId > values.AfterId))
            .OrderBy(m => m.NameForSearch).ThenBy(m => m.CollaborationId)
            .Select(m => new Counted<NameMatch> { Item = m, Total = entries.Select(e => e.CollaborationId).Distinct().Count() })
            .Skip(values.Skip).Take(values.Take)
            .Join(db.Collaborations, k => k.Item.CollaborationId, c => c.Id, (k, c) => new MatchedCollaboration { Collaboration = c, Total = k.Total })
            .OrderBy(m => m.Collaboration.NameForSearch).ThenBy(m => m.Collaboration.Id)
            .Select(ListedWithTotal);

    private static readonly Expression<Func<IQueryable<CollaborationNameWord>, IReadSideDbContext, SearchedNames, IQueryable<Counted<ListedCollaboration>>>>
        AfterByNameDescending = (entries, db, values) => entries
            .Select(e => new NameMatch { NameForSearch = e.NameForSearch, CollaborationId = e.CollaborationId }).Distinct()
            .Where(m => string.Compare(m.NameForSearch, values.AfterName) <= 0)
            .Where(m => string.Compare(m.NameForSearch, values.AfterName) < 0 || (m.NameForSearch == values.AfterName && m.CollaborationId > values.AfterId))
            .OrderByDescending(m => m.NameForSearch).ThenBy(m => m.CollaborationId)
            .Select(m => new Counted<NameMatch> { Item = m, Total = entries.Select(e => e.CollaborationId).Distinct().Count() })
            .Skip(values.Skip).Take(values.Take)
            .Join(db.Collaborations, k => k.Item.CollaborationId, c => c.Id, (k, c) => new MatchedCollaboration { Collaboration = c, Total = k.Total })
            .OrderByDescending(m => m.Collaboration.NameForSearch).ThenBy(m => m.Collaboration.Id)
            .Select(ListedWithTotal);
}
