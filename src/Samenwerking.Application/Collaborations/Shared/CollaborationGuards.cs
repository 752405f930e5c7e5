using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>What a loaded collaboration must satisfy before a command goes on: the client's If-Match, and the participant a URL names.</summary>
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

    /// <summary>A participant addressed in the URL that does not take part is a missing resource (404).</summary>
    public static void EnsureActiveParticipant(this Collaboration collaboration, string municipalityCode)
    {
        if (!collaboration.IsActiveParticipant(municipalityCode))
        {
            throw new NotFoundException("Active participant", municipalityCode);
        }
    }

    public static void EnsureParticipated(this Collaboration collaboration, string municipalityCode)
    {
        if (!collaboration.HasParticipated(municipalityCode))
        {
            throw new NotFoundException("Participant", municipalityCode);
        }
    }
}
