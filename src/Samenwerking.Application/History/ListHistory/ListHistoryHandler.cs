using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Application.Common.Paging;

namespace Samenwerking.Application.History.ListHistory;

public sealed class ListHistoryHandler(IApplicationDbContext db) : IQueryHandler<ListHistoryQuery, PagedResult<HistoryEntryDto>>
{
    public async ValueTask<PagedResult<HistoryEntryDto>> Handle(ListHistoryQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Collaborations.AnyAsync(c => c.Id == query.CollaborationId, cancellationToken))
        {
            throw new NotFoundException("Collaboration", query.CollaborationId.ToString());
        }

        return await db.History
            .Where(h => EF.Property<Guid>(h, "CollaborationId") == query.CollaborationId)
            .OrderByDescending(h => h.OccurredAt).ThenByDescending(h => h.Id)
            .Select(h => new HistoryEntryDto(h.Kind, h.Summary, h.ActorName, h.ActorSubject, h.OccurredAt))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
