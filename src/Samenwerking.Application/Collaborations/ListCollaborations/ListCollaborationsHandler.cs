using System.Linq.Expressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Querying;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;

namespace Samenwerking.Application.Collaborations.ListCollaborations;

public sealed class ListCollaborationsHandler(IReadSideDbContext db, IClock clock)
    : IQueryHandler<ListCollaborationsQuery, PagedResult<CollaborationSummaryDto>>
{
    public async ValueTask<PagedResult<CollaborationSummaryDto>> Handle(ListCollaborationsQuery query, CancellationToken cancellationToken)
    {
        var sort = query.Sort ?? CollaborationSort.Default;
        var collaborations = Filter(db.Collaborations, query, clock.Today);
        var searchesByTrigrams = SearchesByTrigrams(query.Q);
        var total = Total(query, collaborations, searchesByTrigrams);
        if (query.After is { } after)
        {
            collaborations = collaborations.After(after, sort);
        }

        var page = await Sort(collaborations, sort, searchesByTrigrams).Select(ToListed)
            .ToPageAsync(total, query.Page, query.PageSize, cancellationToken);
        return new PagedResult<CollaborationSummaryDto>(
            page.Items.Select(row => row.Summary).ToList(),
            page.Page with { Next = page.Items.Count == query.PageSize ? CollaborationKeyset.CursorAfter(page.Items[^1], sort) : null });
    }

    /// <summary>The whole list's total, whatever page or cursor is asked for, counted in the page's own statement.</summary>
    private ListTotal Total(ListCollaborationsQuery query, IQueryable<Collaboration> collaborations, bool searchesByTrigrams)
    {
        // Filtered on a municipality alone, the total is its number of active participations (it takes part at most
        // once at a time), which the database keeps, where counting collaborations would test each one for it.
        if (query with { Municipality = null, Sort = null, Page = 1, PageSize = Paging.DefaultPageSize, After = null } == new ListCollaborationsQuery()
            && query.Municipality is { } code)
        {
            return ListTotal.Summing(db.ActiveParticipationsOf(code));
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
        return searchesByTrigrams && query.After is null
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

    private static readonly Expression<Func<Collaboration, ListedCollaboration>> ToListed =
        ((Expression<Func<Collaboration, bool, ListedCollaboration>>)((c, isAmbtelijkeFusie) => new ListedCollaboration(new CollaborationSummaryDto(
            c.Id, c.Name, c.Phase, c.TaskTypes, c.LegalKind, c.LegalInstrument, c.Initiative,
            isAmbtelijkeFusie,
            c.Participants.Count(p => p.LeftOn == null),
            c.UpdatedAt,
            c.NextEvaluationDue), c.NameForSearch, c.CreatedAt)))
        .WithRule(Collaboration.AmbtelijkeFusie);

    private static IQueryable<Collaboration> Filter(IQueryable<Collaboration> collaborations, ListCollaborationsQuery query, DateOnly today)
    {
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

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = SearchText.Normalize(query.Q);
            // LIKE (not strpos) so the trigram index can answer it; the term's own wildcards are escaped.
            var pattern = "%" + term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            collaborations = collaborations.Where(c => EF.Functions.Like(c.NameForSearch, pattern));
        }

        return collaborations;
    }

    /// <summary>
    /// A term of three characters or more is looked up in the trigram index and is usually selective. PostgreSQL cannot
    /// tell how the matches lie in name order, and may walk the name index from "a" testing each row (the matches of
    /// "omgevingsdienst" all lie at "o": a walk past two thirds of all names, 100–250 ms at 100,000); sorting the
    /// matches by an expression the name index does not provide makes it fetch them from the trigram index and sort
    /// them (one page: a few ms). A shorter term matches much and is found fastest walking the names in order.
    /// </summary>
    private static bool SearchesByTrigrams(string? q) => q is not null && SearchText.Normalize(q).Length >= 3;

    private static IOrderedQueryable<Collaboration> Sort(IQueryable<Collaboration> collaborations, string sort, bool searchesByTrigrams) => sort switch
    {
        "name" when searchesByTrigrams => collaborations.OrderBy(c => c.NameForSearch + "").ThenBy(c => c.Id),
        "-name" when searchesByTrigrams => collaborations.OrderByDescending(c => c.NameForSearch + "").ThenBy(c => c.Id),
        "-name" => collaborations.OrderByDescending(c => c.NameForSearch).ThenBy(c => c.Id),
        "createdAt" => collaborations.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
        "-createdAt" => collaborations.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id),
        "updatedAt" => collaborations.OrderBy(c => c.UpdatedAt).ThenBy(c => c.Id),
        "-updatedAt" => collaborations.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id),
        _ => collaborations.OrderBy(c => c.NameForSearch).ThenBy(c => c.Id),
    };
}
