using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Participants.ListParticipants;

public sealed class ListParticipantsHandler(IApplicationDbContext db) : IQueryHandler<ListParticipantsQuery, IReadOnlyList<ParticipantDto>>
{
    public async ValueTask<IReadOnlyList<ParticipantDto>> Handle(ListParticipantsQuery query, CancellationToken cancellationToken) =>
        (await db.ToDtoAsync(await db.LoadCollaborationAsync(query.CollaborationId, cancellationToken), cancellationToken)).Participants;
}
