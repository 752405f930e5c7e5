using Riok.Mapperly.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Participants.AddParticipant;
using Samenwerking.Application.Participants.WithdrawParticipant;

namespace Samenwerking.Api.Requests.Participants;

/// <summary>A participant's request bodies become commands, with what the route and the headers say.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ParticipantRequestMapper
{
    public static partial AddParticipantCommand ToCommand(this AddParticipantRequest request, Guid collaborationId, VersionCondition? expectedVersion);

    public static partial WithdrawParticipantCommand ToCommand(this WithdrawParticipantRequest request, Guid collaborationId, string municipalityCode,
        VersionCondition? expectedVersion);
}
