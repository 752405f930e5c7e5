using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>A collaboration's name is unique (<see cref="UniqueNames"/>): the look-up for another holder before a write.</summary>
public static class CollaborationNames
{
    /// <summary>Asks <see cref="UniqueNames"/> whether another collaboration holds the name; the database index backs this up under races.</summary>
    public static async Task EnsureNameIsFreeAsync(this IApplicationDbContext db, string name, Guid? except, CancellationToken cancellationToken)
    {
        var key = UniqueNames.Key(name);
        var existing = await db.Collaborations
            .Where(c => c.NameForSearch == key && c.Id != except)
            .Select(c => new { c.Id, c.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            throw UniqueNames.CollaborationNameTaken(existing.Id, existing.Name);
        }
    }
}
