using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Application.Collaborations.Reading;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;

namespace Samenwerking.Application.Collaborations.ListCollaborations;

/// <summary>
/// One statement per page: the filters, the sort, the page after the cursor, and the whole list's <c>COUNT</c> beside
/// it (for a search, a count of the rows it reads). Each filter is a plain condition on an indexed column; the name search is <c>LIKE</c> on the folded name, served
/// by its trigram index.
/// </summary>
public sealed class ListCollaborationsHandler(IReadSideDbContext db, IClock clock)
    : IQueryHandler<ListCollaborationsQuery, PagedResult<CollaborationSummaryDto>>
{
    public async ValueTask<PagedResult<CollaborationSummaryDto>> Handle(ListCollaborationsQuery query, CancellationToken cancellationToken)
    {
        var sort = query.Sort ?? CollaborationSort.Default;
        var matching = Filter(db.Collaborations, query, clock.Today);
        // The summary and the sort keys a cursor needs; isAmbtelijkeFusie is derived from its four stored values as rows are read.
        var rows = Sorted(matching.After(query.After, sort), sort).Select(c => new
        {
            Summary = new CollaborationSummaryDto(c.Id, c.Name, c.Phase, c.TaskTypes, c.LegalKind, c.LegalInstrument, c.Initiative,
                Collaboration.IsAmbtelijkeFusieOf(c.TaskScope, c.Novelty, c.Multiplicity, c.Structure), c.ActiveParticipantCount,
                c.UpdatedAt, c.NextEvaluationDue, c.EndedOn),
            c.NameForSearch,
            c.CreatedAt,
        });
        // A search reads and sorts all its matches anyway, so it counts them in the same pass instead of searching twice.
        var page = IsSearch(query) && query.After is null
            ? await rows.ToPageCountedInPassingAsync(query.Page, query.PageSize, cancellationToken)
            : await rows.ToPageAsync(matching, query.Page, query.PageSize, cancellationToken);
        var next = page.Items.Count == query.PageSize && page.Items[^1] is var last
            ? CollaborationKeyset.CursorAfter(sort, last.Summary.Id, last.NameForSearch, last.CreatedAt, last.Summary.UpdatedAt)
            : null;
        return new PagedResult<CollaborationSummaryDto>(page.Items.Select(row => row.Summary).ToList(), page.Page with { Next = next });
    }

    private static bool IsSearch(ListCollaborationsQuery query) => SearchTerm(query) is not null;

    private static string? SearchTerm(ListCollaborationsQuery query) =>
        !string.IsNullOrWhiteSpace(query.Q) && SearchText.Normalize(query.Q) is { Length: > 0 } term ? term : null;

    private static IQueryable<Collaboration> Filter(IQueryable<Collaboration> collaborations, ListCollaborationsQuery query, DateOnly today)
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
            collaborations = collaborations.Where(fusie ? Collaboration.AmbtelijkeFusie : Collaboration.NoAmbtelijkeFusie);
        }

        // No due date (not in doorontwikkeling) matches neither filter.
        if (query.EvaluationDueBefore is { } dueBefore)
        {
            collaborations = collaborations.Where(c => c.NextEvaluationDue < dueBefore);
        }

        if (query.EvaluationOverdue is { } overdue)
        {
            collaborations = collaborations.Where(overdue ? Collaboration.EvaluationOverdueOn(today) : Collaboration.EvaluationOnScheduleOn(today));
        }

        // The store keeps UTC; any offset is the same instant. Inclusive, so a client that sends the latest updatedAt it
        // saw never misses a change made in the same instant.
        if (query.UpdatedSince?.ToUniversalTime() is { } since)
        {
            collaborations = collaborations.Where(c => c.UpdatedAt >= since);
        }

        if (SearchTerm(query) is { } term)
        {
            // The term's own wildcards and backslashes are escaped, so it matches as the text it is.
            var pattern = "%" + term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            collaborations = collaborations.Where(c => EF.Functions.Like(c.NameForSearch, pattern, "\\"));
        }

        return collaborations;
    }

    private static IOrderedQueryable<Collaboration> Sorted(IQueryable<Collaboration> collaborations, string sort) => sort switch
    {
        "-name" => collaborations.OrderByDescending(c => c.NameForSearch).ThenBy(c => c.Id),
        "createdAt" => collaborations.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
        "-createdAt" => collaborations.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id),
        "updatedAt" => collaborations.OrderBy(c => c.UpdatedAt).ThenBy(c => c.Id),
        "-updatedAt" => collaborations.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id),
        _ => collaborations.OrderBy(c => c.NameForSearch).ThenBy(c => c.Id),
    };
}
