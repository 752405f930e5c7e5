using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Collaborations.Reading;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Common.Exceptions;

namespace Samenwerking.Application.Collaborations.GetCollaboration;

public sealed class GetCollaborationHandler(IApplicationDbContext db)
    : IQueryHandler<GetCollaborationQuery, Versioned<CollaborationDto>>
{
    public async ValueTask<Versioned<CollaborationDto>> Handle(GetCollaborationQuery query, CancellationToken cancellationToken)
    {
        var row = await db.InOneStatement(db.Collaborations.AsNoTracking()
                          .Where(c => c.Id == query.Id)
                          .Select(CollaborationProjections.Details(db.Municipalities)))
                      .FirstOrDefaultAsync(cancellationToken)
                  ?? throw new NotFoundException("Collaboration", query.Id.ToString());
        return new Versioned<CollaborationDto>(row.WithTasks(), row.Version);
    }
}
