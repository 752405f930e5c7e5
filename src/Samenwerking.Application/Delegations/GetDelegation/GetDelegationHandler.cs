using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Common.Exceptions;

namespace Samenwerking.Application.Delegations.GetDelegation;

public sealed class GetDelegationHandler(IApplicationDbContext db, IClock clock) : IQueryHandler<GetDelegationQuery, Versioned<DelegationDto>>
{
    public async ValueTask<Versioned<DelegationDto>> Handle(GetDelegationQuery query, CancellationToken cancellationToken)
    {
        var row = await db.Rows(db.Delegations.AsNoTracking().Where(d => d.Id == query.DelegationId && d.CollaborationId == query.CollaborationId))
                      .FirstOrDefaultAsync(cancellationToken)
                  ?? throw new NotFoundException("Delegation", query.DelegationId.ToString());
        return new Versioned<DelegationDto>(row.ToDto(clock.Today), row.Version);
    }
}
