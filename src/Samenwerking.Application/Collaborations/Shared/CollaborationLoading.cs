using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>Loading the collaboration aggregate, as every command needs it (queries project instead).</summary>
public static class CollaborationLoading
{
    public static async Task<Collaboration> LoadCollaborationAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Collaborations
            .Include(c => c.Participants).Include(c => c.Transitions).Include(c => c.Decisions).Include(c => c.Roles)
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException("Collaboration", id.ToString());
}
