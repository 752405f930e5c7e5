using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>What a loaded collaboration must satisfy before a command goes on: the client's If-Match.</summary>
public static class CollaborationGuards
{
    public const string ResourceName = "collaboration";

    /// <summary>The client's If-Match against the loaded version: 428 when required and missing, 412 when stale.</summary>
    public static void EnsureVersion(this Collaboration collaboration, VersionCondition? expectedVersion, bool versionRequired)
    {
        if (expectedVersion is null)
        {
            if (versionRequired)
            {
                throw new PreconditionRequiredException(ResourceName);
            }

            return;
        }

        if (!expectedVersion.IsMetBy(collaboration.Version))
        {
            throw new ConcurrencyConflictException(ResourceName, collaboration.Version);
        }
    }
}
