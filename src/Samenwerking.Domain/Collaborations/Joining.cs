using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Domain.Collaborations;

/// <summary>
/// A municipality about to join. <see cref="Municipality"/> is its CBS record in force on
/// <see cref="JoinedOn"/> when there is one, otherwise its latest record (so a refusal can say why).
/// </summary>
public sealed record Joining(Municipality Municipality, DateOnly JoinedOn, ParticipantRole Role = ParticipantRole.Deelnemer);
