using System.Linq.Expressions;
using System.Runtime.CompilerServices;
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
    [
        new(ByName.Over(FirstByName.Over(entries))),
        new(ByName.Over(AfterByName.Over(entries))),
        new(ByNameDescending.Over(FirstByNameDescending.Over(entries))),
        new(ByNameDescending.Over(AfterByNameDescending.Over(entries))),
    ];

    // The keys of a page, with the total. The matches are all read and sorted for any page, and that one scan counts
    // them: count(*) OVER () beside the keys, before their LIMIT. EF holds a projection back until a later operator needs
    // it, and the join that reads the collaborations would put the count around the page, where it counts the page;
    // Distinct needs the projection at once, so the count stays beside the keys. Distinct keys with one total stay as
    // they are.
    private static readonly Expression<Func<IQueryable<CollaborationNameWord>, IReadSideDbContext, SearchedNames, IQueryable<Counted<NameMatch>>>>
        FirstByName = (entries, _, values) => entries
            .Select(e => new NameMatch { NameForSearch = e.NameForSearch, CollaborationId = e.CollaborationId }).Distinct()
            .OrderBy(m => m.NameForSearch).ThenBy(m => m.CollaborationId)
            .Select(m => new Counted<NameMatch> { Item = m, Total = QueryFunctions.RowsBeforeLimit() })
            .Skip(values.Skip).Take(values.Take).Distinct();

    private static readonly Expression<Func<IQueryable<CollaborationNameWord>, IReadSideDbContext, SearchedNames, IQueryable<Counted<NameMatch>>>>
        FirstByNameDescending = (entries, _, values) => entries
            .Select(e => new NameMatch { NameForSearch = e.NameForSearch, CollaborationId = e.CollaborationId }).Distinct()
            .OrderByDescending(m => m.NameForSearch).ThenBy(m => m.CollaborationId)
            .Select(m => new Counted<NameMatch> { Item = m, Total = QueryFunctions.RowsBeforeLimit() })
            .Skip(values.Skip).Take(values.Take).Distinct();

    // After a cursor the matches before it are left out, so the total counts them in a subquery of its own, told apart by
    // id alone, which sorts faster than names. The first, redundant condition is the one an index can seek on.
    private static readonly Expression<Func<IQueryable<CollaborationNameWord>, IReadSideDbContext, SearchedNames, IQueryable<Counted<NameMatch>>>>
        AfterByName = (entries, _, values) => entries
            .Select(e => new NameMatch { NameForSearch = e.NameForSearch, CollaborationId = e.CollaborationId }).Distinct()
            .Where(m => string.Compare(m.NameForSearch, values.AfterName) >= 0)
            .Where(m => string.Compare(m.NameForSearch, values.AfterName) > 0 || (m.NameForSearch == values.AfterName && m.CollaborationId > values.AfterId))
            .OrderBy(m => m.NameForSearch).ThenBy(m => m.CollaborationId)
            .Select(m => new Counted<NameMatch> { Item = m, Total = entries.Select(e => e.CollaborationId).Distinct().Count() })
            .Skip(values.Skip).Take(values.Take);

    private static readonly Expression<Func<IQueryable<CollaborationNameWord>, IReadSideDbContext, SearchedNames, IQueryable<Counted<NameMatch>>>>
        AfterByNameDescending = (entries, _, values) => entries
            .Select(e => new NameMatch { NameForSearch = e.NameForSearch, CollaborationId = e.CollaborationId }).Distinct()
            .Where(m => string.Compare(m.NameForSearch, values.AfterName) <= 0)
            .Where(m => string.Compare(m.NameForSearch, values.AfterName) < 0 || (m.NameForSearch == values.AfterName && m.CollaborationId > values.AfterId))
            .OrderByDescending(m => m.NameForSearch).ThenBy(m => m.CollaborationId)
            .Select(m => new Counted<NameMatch> { Item = m, Total = entries.Select(e => e.CollaborationId).Distinct().Count() })
            .Skip(values.Skip).Take(values.Take);

    // The collaborations a page's keys name, in the page's order, each with the total its key carries.
    private static readonly Expression<Func<IQueryable<Counted<NameMatch>>, IReadSideDbContext, SearchedNames, IQueryable<Counted<ListedCollaboration>>>>
        ByName = (keys, db, _) => keys
            .Join(db.Collaborations, k => k.Item.CollaborationId, c => c.Id, (k, c) => new MatchedCollaboration { Collaboration = c, Total = k.Total })
            .OrderBy(m => m.Collaboration.NameForSearch).ThenBy(m => m.Collaboration.Id)
            .Select(ListedWithTotal);

    private static readonly Expression<Func<IQueryable<Counted<NameMatch>>, IReadSideDbContext, SearchedNames, IQueryable<Counted<ListedCollaboration>>>>
        ByNameDescending = (keys, db, _) => keys
            .Join(db.Collaborations, k => k.Item.CollaborationId, c => c.Id, (k, c) => new MatchedCollaboration { Collaboration = c, Total = k.Total })
            .OrderByDescending(m => m.Collaboration.NameForSearch).ThenBy(m => m.Collaboration.Id)
            .Select(ListedWithTotal);
}
