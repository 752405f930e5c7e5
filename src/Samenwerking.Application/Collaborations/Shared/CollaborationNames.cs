using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>A collaboration's name is unique: the check before a write, and the refusal it answers.</summary>
public static class CollaborationNames
{
    /// <summary>The name is unique regardless of case and accents; the database index backs this up under races.</summary>
    public static async Task EnsureNameIsFreeAsync(this IApplicationDbContext db, string name, Guid? except, CancellationToken cancellationToken)
    {
        var key = Domain.Common.SearchText.Normalize(name.Trim());
        var existing = await db.Collaborations
            .Where(c => c.NameForSearch == key && c.Id != except)
            .Select(c => new { c.Id, c.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            throw DuplicateName(existing.Id, existing.Name);
        }
    }

    public static Domain.Common.DomainRuleViolationException DuplicateName(Guid existingId, string existingName) =>
        Refusals.DuplicateName.Because(new Text(
                $"A collaboration named '{existingName}' already exists; names are unique regardless of case and accents.",
                $"Er bestaat al een samenwerking met de naam '{existingName}'; namen zijn uniek, ongeacht hoofdletters en accenten."),
            new Dictionary<string, object?> { ["existingId"] = existingId, ["existingName"] = existingName });
}
