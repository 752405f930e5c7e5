using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Collaborations.GetCollaboration;

public sealed class GetCollaborationHandler(IApplicationDbContext db)
    : IQueryHandler<GetCollaborationQuery, CollaborationDto>
{
    public async ValueTask<CollaborationDto> Handle(GetCollaborationQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.LoadCollaborationAsync(query.Id, cancellationToken), cancellationToken);
}
