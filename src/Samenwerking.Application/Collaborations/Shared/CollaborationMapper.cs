using Samenwerking.Application.Collaborations.Register;
using Riok.Mapperly.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class CollaborationMapper
{
    /// <summary>The full representation; participant names come from the reference data.</summary>
    public static CollaborationDto ToDto(this Collaboration collaboration, Func<string, DateOnly, string> municipalityName) =>
        MapCore(collaboration, collaboration.Participants
            .InJoiningOrder()
            .Select(p => p.ToDto(municipalityName(p.MunicipalityCode, p.JoinedOn)))
            .ToList());

    /// <summary>The full representation and the version it shows.</summary>
    public static Versioned<CollaborationDto> ToVersionedDto(this Collaboration collaboration, Func<string, DateOnly, string> municipalityName) =>
        new(collaboration.ToDto(municipalityName), collaboration.Version);

    public static ParticipantDto ToDto(this Participant participant, string municipalityName) =>
        new(participant.MunicipalityCode, municipalityName, participant.Role, participant.JoinedOn,
            participant.LeftOn, participant.WithdrawalReason, participant.IsActive);

    [MapProperty(nameof(Collaboration.Dimensions) + "." + nameof(Dimensions.OrganisationForm), nameof(CollaborationDto.OrganisationForm))]
    [MapProperty(nameof(Collaboration.Dimensions) + "." + nameof(Dimensions.LegalForm), nameof(CollaborationDto.LegalForm))]
    [MapperIgnoreSource(nameof(Collaboration.NameForSearch))]
    [MapperIgnoreSource(nameof(Collaboration.ActiveParticipants))]
    [MapperIgnoreSource(nameof(Collaboration.Transitions))]
    [MapperIgnoreSource(nameof(Collaboration.Decisions))]
    [MapperIgnoreSource(nameof(Collaboration.Roles))]
    [MapperIgnoreSource(nameof(Collaboration.NewHistory))]
    [MapperIgnoreSource(nameof(Collaboration.FirstRecordedPhaseStartedOn))]
    [MapperIgnoreSource(nameof(Collaboration.IsEnded))]
    [MapProperty(nameof(Collaboration.RegisterEntry), nameof(CollaborationDto.Register), Use = nameof(MapRegister))]
    private static partial CollaborationDto MapCore(Collaboration collaboration, IReadOnlyList<ParticipantDto> participants);

    private static partial NamedTaskDto MapTask(NamedTask task);

    private static RegisterEntryDto MapRegister(Domain.Collaborations.Register.RegisterEntry entry) => entry.ToDto();
}
