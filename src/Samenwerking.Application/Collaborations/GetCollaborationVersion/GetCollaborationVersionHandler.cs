using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Collaborations.GetCollaborationVersion;

public sealed class GetCollaborationVersionHandler(IApplicationDbContext db) : IQueryHandler<GetCollaborationVersionQuery, uint?>
{
    public async ValueTask<uint?> Handle(GetCollaborationVersionQuery query, CancellationToken cancellationToken) =>
        await db.Collaborations.AsNoTracking()
            .Where(c => c.Id == query.Id)
            .Select(c => (uint?)c.Version)
            .FirstOrDefaultAsync(cancellationToken);
}
