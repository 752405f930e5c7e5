using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Domain.History;

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
            .Select(h => new HistoryEntryDto(h.Id, h.Kind, h.Summary, h.ActorName, h.ActorSubject, h.OccurredAt, h.MunicipalityCode,
                h.Kind == HistoryEntryKind.DecisionRecorded || h.Kind == HistoryEntryKind.DecisionCorrected || h.Kind == HistoryEntryKind.DecisionWithdrawn ? h.SubjectId : null,
                h.Kind == HistoryEntryKind.RoleAssigned || h.Kind == HistoryEntryKind.RoleRemoved || h.Kind == HistoryEntryKind.RoleCorrected ? h.SubjectId : null,
                h.Kind == HistoryEntryKind.PhaseChanged || h.Kind == HistoryEntryKind.PhaseTransitionReverted ? h.SubjectId : null,
                h.Kind == HistoryEntryKind.EvaluationRecorded || h.Kind == HistoryEntryKind.EvaluationCorrected || h.Kind == HistoryEntryKind.EvaluationWithdrawn
                    ? h.SubjectId : null,
                h.Kind == HistoryEntryKind.DevelopmentActivityRecorded || h.Kind == HistoryEntryKind.DevelopmentActivityStatusChanged
                    || h.Kind == HistoryEntryKind.DevelopmentActivityCorrected || h.Kind == HistoryEntryKind.DevelopmentActivityWithdrawn ? h.SubjectId : null,
                // The link is made from the API's routes, where they are known (Api/Endpoints/HistoryLinks).
                null))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
