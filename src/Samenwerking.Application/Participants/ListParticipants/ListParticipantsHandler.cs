using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Collaborations.Reading;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Participants.ListParticipants;

public sealed class ListParticipantsHandler(IApplicationDbContext db) : IQueryHandler<ListParticipantsQuery, IReadOnlyList<ParticipantDto>>
{
    public async ValueTask<IReadOnlyList<ParticipantDto>> Handle(ListParticipantsQuery query, CancellationToken cancellationToken)
    {
        var participant = CollaborationProjections.Participant(db.Municipalities);
        return await db.Collaborations.AsNoTracking()
                   .Where(c => c.Id == query.CollaborationId)
                   .Select(c => c.Participants.AsQueryable()
                       .OrderBy(JoiningOrder.ByDate).ThenBy(JoiningOrder.ThenByAdded)
                       .Select(participant)
                       .ToList())
                   .FirstOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException("Collaboration", query.CollaborationId.ToString());
    }
}
