using Riok.Mapperly.Abstractions;
using Samenwerking.Application.Collaborations.CreateCollaboration;
using Samenwerking.Application.Collaborations.Dissolve;
using Samenwerking.Application.Collaborations.UpdateCollaboration;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Api.Requests.Collaborations;

/// <summary>A collaboration's request bodies become commands, with what the route and the headers say.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class CollaborationRequestMapper
{
    public static partial CreateCollaborationCommand ToCommand(this CreateCollaborationRequest request);

    public static partial UpdateCollaborationCommand ToCommand(this UpdateCollaborationRequest request, Guid id, VersionCondition? expectedVersion);

    public static partial DissolveCollaborationCommand ToCommand(this DissolveCollaborationRequest request, Guid collaborationId, VersionCondition? expectedVersion);
}
