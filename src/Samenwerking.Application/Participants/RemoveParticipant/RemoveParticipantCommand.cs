using Samenwerking.Application.Common.Concurrency;
using Mediator;

namespace Samenwerking.Application.Participants.RemoveParticipant;

/// <summary>Removes a municipality that will not take part after all; only during verkenning.</summary>
public sealed record RemoveParticipantCommand(Guid CollaborationId, string MunicipalityCode, VersionCondition? ExpectedVersion) : ICommand<uint>;
