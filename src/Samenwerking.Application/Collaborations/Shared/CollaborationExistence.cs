using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;

namespace Samenwerking.Application.Collaborations.Shared;

public static class CollaborationExistence
{
    /// <summary>
    /// For reads of a collaboration's child resources, which do not need the aggregate: an unknown
    /// collaboration is a 404, not an empty list.
    /// </summary>
    public static async Task EnsureCollaborationExistsAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Collaborations.AnyAsync(c => c.Id == id, cancellationToken))
        {
            throw new NotFoundException("Collaboration", id.ToString());
        }
    }
}
