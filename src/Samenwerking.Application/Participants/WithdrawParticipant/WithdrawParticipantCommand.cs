using Samenwerking.Application.Common.Concurrency;
using Mediator;

namespace Samenwerking.Application.Participants.WithdrawParticipant;

/// <summary>Uittreding: a participant leaves on a date for a reason; its history stays.</summary>
public sealed record WithdrawParticipantCommand : ICommand<ParticipantChange>
{
    public Guid CollaborationId { get; init; }

    public string MunicipalityCode { get; init; } = "";

    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>Date the municipality leaves; not in the future, not before it joined.</summary>
    public DateOnly LeftOn { get; init; }

    /// <summary>Why it leaves, for the record.</summary>
    public string Reason { get; init; } = "";
}
