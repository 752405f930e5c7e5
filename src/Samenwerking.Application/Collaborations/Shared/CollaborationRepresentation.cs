using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>A changed collaboration as a command answers it: the full representation, participant names looked up, and its version.</summary>
public static class CollaborationRepresentation
{
    public static async Task<Versioned<CollaborationDto>> ToVersionedDtoAsync(this IApplicationDbContext db, Collaboration collaboration,
        CancellationToken cancellationToken)
    {
        var names = await db.NamesAsync(cancellationToken);
        return collaboration.ToVersionedDto(names);
    }
}
