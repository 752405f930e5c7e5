using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Delegations;

/// <summary>The client's If-Match against a delegation's version: optional, and 412 when stale.</summary>
public static class DelegationGuards
{
    public const string ResourceName = "delegation";

    public static void EnsureVersion(this Delegation delegation, VersionCondition? expectedVersion)
    {
        if (expectedVersion is not null && !expectedVersion.IsMetBy(delegation.Version))
        {
            throw new ConcurrencyConflictException(ResourceName, delegation.Version);
        }
    }
}
