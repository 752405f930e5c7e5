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
                  ?? throw await MissingAsync(query, cancellationToken);
        return new Versioned<DelegationDto>(row.ToDto(clock.Today), row.Version);
    }

    /// <summary>A 404 names the collaboration when it is the one missing, as every path under it does; asked only after a miss.</summary>
    private async Task<NotFoundException> MissingAsync(GetDelegationQuery query, CancellationToken cancellationToken)
    {
        return await db.Collaborations.AnyAsync(c => c.Id == query.CollaborationId, cancellationToken)
            ? new NotFoundException("Delegation", query.DelegationId.ToString())
            : new NotFoundException("Collaboration", query.CollaborationId.ToString());
    }
}
