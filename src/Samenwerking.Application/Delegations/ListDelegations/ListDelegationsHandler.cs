using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Application.Common.Paging;

namespace Samenwerking.Application.Delegations.ListDelegations;

public sealed class ListDelegationsHandler(IApplicationDbContext db, IClock clock) : IQueryHandler<ListDelegationsQuery, PagedResult<DelegationDto>>
{
    public async ValueTask<PagedResult<DelegationDto>> Handle(ListDelegationsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Collaborations.AnyAsync(c => c.Id == query.CollaborationId, cancellationToken))
        {
            throw new NotFoundException("Collaboration", query.CollaborationId.ToString());
        }

        var page = await db.Rows(db.Delegations.AsNoTracking().Where(d => d.CollaborationId == query.CollaborationId)
                .OrderByDescending(d => d.GrantedAt).ThenByDescending(d => d.Id))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
        var today = clock.Today;
        return new PagedResult<DelegationDto>([.. page.Items.Select(r => r.ToDto(today))], page.Page);
    }
}
