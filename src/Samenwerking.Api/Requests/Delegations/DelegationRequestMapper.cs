using Riok.Mapperly.Abstractions;
using Samenwerking.Application.Delegations.GrantDelegation;

namespace Samenwerking.Api.Requests.Delegations;

/// <summary>A delegation's request body becomes a command, with what the route says.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class DelegationRequestMapper
{
    public static partial GrantDelegationCommand ToCommand(this GrantDelegationRequest request, Guid collaborationId);

    public static partial Application.Delegations.RoleDelegation ToGrant(this RoleDelegationRequest request);
}
