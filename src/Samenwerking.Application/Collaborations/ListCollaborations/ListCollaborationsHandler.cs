using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Querying;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Application.Collaborations.Reading;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using static Samenwerking.Application.Collaborations.ListCollaborations.CollaborationRows;

namespace Samenwerking.Application.Collaborations.ListCollaborations;

public sealed class ListCollaborationsHandler(IReadSideDbContext db, IClock clock)
    : IQueryHandler<ListCollaborationsQuery, PagedResult<CollaborationSummaryDto>>
{
    public async ValueTask<PagedResult<CollaborationSummaryDto>> Handle(ListCollaborationsQuery query, CancellationToken cancellationToken)
    {
        var sort = query.Sort ?? CollaborationSort.Default;
        var search = NameSearch.For(query.Q);
        if (search?.EntriesQuery is { } entries && SearchedOnly(query) && sort is "name" or "-name")
        {
            return await SearchedPageAsync(search, entries, query, sort, cancellationToken);
        }

        // The words of an ended collaboration's name are not kept (migration CollaborationEnd): with ended ones asked for, names are matched as a pattern.
        var matchingEntries = query.IncludeEnded ? null : search?.Entries(db);
        var collaborations = Filter(db.Collaborations, query, search, matchingEntries, clock.Today);
        var readsAllMatches = matchingEntries is not null;
        var total = Total(query, collaborations, readsAllMatches);
        if (query.After is { } after)
        {
            collaborations = collaborations.After(after, sort);
        }

        var page = await Sort(collaborations, sort, readsAllMatches).Select(ToListed)
            .ToPageAsync(total, query.Page, query.PageSize, cancellationToken);
        return Summaries(page, query, sort);
    }

    /// <summary>A search alone, by name: a prepared query (<see cref="SearchedPages"/>).</summary>
    private async Task<PagedResult<CollaborationSummaryDto>> SearchedPageAsync(NameSearch search,
        PreparedQuery<SearchedNames, CollaborationNameWord> entries, ListCollaborationsQuery query, string sort, CancellationToken cancellationToken)
    {
        var (afterName, afterId) = query.After is { } after ? CollaborationKeyset.NameAndId(after, sort) : (null, Guid.Empty);
        var page = await db.ToPageAsync(SearchedPages.For(entries, descending: sort == "-name", afterCursor: afterName is not null),
            (skip, take) => search.Values with { Skip = skip, Take = take, AfterName = afterName ?? "", AfterId = afterId },
            cancellation => entries.Build(db, search.Values).Select(e => e.CollaborationId).Distinct().CountAsync(cancellation),
            query.Page, query.PageSize, cancellationToken);
        return Summaries(page, query, sort);
    }

    private static PagedResult<CollaborationSummaryDto> Summaries(PagedResult<ListedCollaboration> page, ListCollaborationsQuery query, string sort) =>
        new(page.Items.Select(row => row.Summary).ToList(),
            page.Page with { Next = page.Items.Count == query.PageSize ? CollaborationKeyset.CursorAfter(page.Items[^1], sort) : null });

    private static bool SearchedOnly(ListCollaborationsQuery query) =>
        query with { Q = null, Sort = null, Page = 1, PageSize = Paging.DefaultPageSize, After = null } == new ListCollaborationsQuery();

    /// <summary>The whole list's total, whatever page or cursor is asked for, counted in the page's own statement.</summary>
    private ListTotal Total(ListCollaborationsQuery query, IQueryable<Collaboration> collaborations, bool readsAllMatches)
    {
        // Filtered on a municipality alone, the total is its number of active participations (it takes part at most
        // once at a time), which the database keeps, where counting collaborations would test each one for it.
        if (query with { Municipality = null, Sort = null, Page = 1, PageSize = Paging.DefaultPageSize, After = null } == new ListCollaborationsQuery()
            && query.Municipality is { } code)
        {
            return ListTotal.Summing(db.ActiveParticipationsOf(code).Concat(db.EndedParticipationsOf(code, includeFormer: false)));
        }

        // Filtered on phase, legal kind and legal instrument alone, or on nothing, the total is the sum of the
        // collaborations the database keeps counted per combination of the three.
        if (query with { Phase = null, LegalKind = null, LegalInstrument = null, Sort = null, Page = 1, PageSize = Paging.DefaultPageSize, After = null }
            == new ListCollaborationsQuery())
        {
            return ListTotal.Summing(CountsMatching(query).Select(c => c.Collaborations));
        }

        // A search's matches are all read and sorted for any page, so the same scan counts them; without a cursor
        // only, since the cursor's condition would leave out the matches before it.
        return readsAllMatches && query.After is null
            ? ListTotal.OfRowsFound(collaborations)
            : ListTotal.Counting(collaborations);
    }

    private IQueryable<CollaborationCount> CountsMatching(ListCollaborationsQuery query)
    {
        var counts = db.CollaborationCounts;
        if (query.Phase is { } phase)
        {
            counts = counts.Where(c => c.Phase == phase);
        }

        if (query.LegalKind is { } kind)
        {
            counts = counts.Where(c => c.LegalKind == kind);
        }

        if (query.LegalInstrument is { } instrument)
        {
            counts = counts.Where(c => c.LegalInstrument == instrument);
        }

        return counts;
    }

    private static IQueryable<Collaboration> Filter(IQueryable<Collaboration> collaborations, ListCollaborationsQuery query,
        NameSearch? search, IQueryable<CollaborationNameWord>? matchingEntries, DateOnly today)
    {
        collaborations = collaborations.OngoingUnless(query.IncludeEnded);
        if (query.Phase is { } phase)
        {
            collaborations = collaborations.Where(c => c.Phase == phase);
        }

        if (query.Municipality is { } code)
        {
            collaborations = collaborations.Where(c => c.Participants.Any(p => p.MunicipalityCode == code && p.LeftOn == null));
        }

        if (query.LegalKind is { } kind)
        {
            collaborations = collaborations.Where(c => c.LegalKind == kind);
        }

        if (query.LegalInstrument is { } instrument)
        {
            collaborations = collaborations.Where(c => c.LegalInstrument == instrument);
        }

        if (query.TaskType is { } taskType)
        {
            collaborations = collaborations.Where(c => c.TaskTypes.Contains(taskType));
        }

        if (query.Initiative is { } initiative)
        {
            collaborations = collaborations.Where(c => c.Initiative == initiative);
        }

        if (query.IsAmbtelijkeFusie is { } fusie)
        {
            collaborations = fusie
                ? collaborations.Where(Collaboration.AmbtelijkeFusie)
                : collaborations.Where(Collaboration.AmbtelijkeFusie.Not());
        }

        // Both run on the stored due date, so they filter in SQL; no due date (not in doorontwikkeling) matches neither.
        if (query.EvaluationDueBefore is { } dueBefore)
        {
            collaborations = collaborations.Where(c => c.NextEvaluationDue < dueBefore);
        }

        if (query.EvaluationOverdue is { } overdue)
        {
            collaborations = collaborations.Where(overdue ? Collaboration.EvaluationOverdueOn(today) : Collaboration.EvaluationOnScheduleOn(today));
        }

        if (query.UpdatedSince?.ToUniversalTime() is { } since)
        {
            // The store keeps UTC; any offset the client sent is the same instant.
            // Inclusive: a client that sends the latest updatedAt it saw never misses a change made in the same instant.
            collaborations = collaborations.Where(c => c.UpdatedAt >= since);
        }

        if (matchingEntries is not null)
        {
            collaborations = collaborations.Where(c => matchingEntries.Any(e => e.CollaborationId == c.Id));
        }
        else if (search is not null)
        {
            // A term too short to narrow by words: tested on each name as the names are walked in order.
            var pattern = search.Values.Pattern;
            collaborations = collaborations.Where(c => EF.Functions.Like(c.NameForSearch, pattern));
        }

        return collaborations;
    }

    /// <summary>
    /// Matches found by their words are all read and sorted for any page. Among other filters PostgreSQL cannot tell
    /// how the matches lie in name order, and may walk the name index from "a" testing each row (the matches of
    /// "omgevingsdienst" all lie at "o": a walk past two thirds of all names, 100–250 ms at 100,000); sorting them by an
    /// expression the name index does not provide makes it find the matches first and sort them (one page: a few ms).
    /// A short term matches much and is found fastest walking the names in order.
    /// </summary>
    private static IOrderedQueryable<Collaboration> Sort(IQueryable<Collaboration> collaborations, string sort, bool readsAllMatches) => sort switch
    {
        "name" when readsAllMatches => collaborations.OrderBy(c => c.NameForSearch + "").ThenBy(c => c.Id),
        "-name" when readsAllMatches => collaborations.OrderByDescending(c => c.NameForSearch + "").ThenBy(c => c.Id),
        "-name" => collaborations.OrderByDescending(c => c.NameForSearch).ThenBy(c => c.Id),
        "createdAt" => collaborations.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
        "-createdAt" => collaborations.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id),
        "updatedAt" => collaborations.OrderBy(c => c.UpdatedAt).ThenBy(c => c.Id),
        "-updatedAt" => collaborations.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id),
        _ => collaborations.OrderBy(c => c.NameForSearch).ThenBy(c => c.Id),
    };
}
