using Mediator;
using Samenwerking.Application.Collaborations.Shared;

namespace Samenwerking.Application.Participants.ListParticipants;

/// <summary>All participants of a collaboration, active and former, in order of joining.</summary>
public sealed record ListParticipantsQuery(Guid CollaborationId) : IQuery<IReadOnlyList<ParticipantDto>>;
