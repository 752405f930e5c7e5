using Samenwerking.Application.Common.Concurrency;
using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Participants.AddParticipant;

/// <summary>A municipality joins the collaboration.</summary>
public sealed record AddParticipantCommand : ICommand<ParticipantChange>, IJoiningInput
{
    public Guid CollaborationId { get; init; }

    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>CBS code of the municipality, e.g. `GM0489`.</summary>
    public string MunicipalityCode { get; init; } = "";

    /// <summary>Date it joins; default today. The municipality must be in force on this date.</summary>
    public DateOnly? JoinedOn { get; init; }

    /// <summary>`deelnemer` (default) or `centrumgemeente`.</summary>
    public ParticipantRole Role { get; init; } = ParticipantRole.Deelnemer;
}
