using Samenwerking.Application.Collaborations.Shared;

namespace Samenwerking.Application.Participants;

/// <summary>The participant after a change, and the collaboration's new version for the ETag.</summary>
public sealed record ParticipantChange(ParticipantDto Participant, uint CollaborationVersion);
