using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Common.Exceptions;

namespace Samenwerking.Application.Collaborations.GetCollaboration;

public sealed class GetCollaborationHandler(ICollaborationDetailsReader collaborations)
    : IQueryHandler<GetCollaborationQuery, Versioned<CollaborationDto>>
{
    public async ValueTask<Versioned<CollaborationDto>> Handle(GetCollaborationQuery query, CancellationToken cancellationToken) =>
        await collaborations.ReadAsync(query.Id, cancellationToken)
        ?? throw new NotFoundException("Collaboration", query.Id.ToString());
}
