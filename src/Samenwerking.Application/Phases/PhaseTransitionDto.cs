using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Application.Phases;

/// <summary>A step from one phase to the next.</summary>
/// <param name="Id">Identifier of the transition.</param>
/// <param name="From">Phase left.</param>
/// <param name="To">Phase entered.</param>
/// <param name="EffectiveOn">Date the new phase began.</param>
/// <param name="Rationale">Why the step was taken.</param>
/// <param name="RecordedBy">Who recorded it (the token's name).</param>
/// <param name="RecordedBySubject">The token's subject of who recorded it.</param>
/// <param name="RecordedAt">When it was recorded (UTC).</param>
public sealed record PhaseTransitionDto(Guid Id, Phase From, Phase To, DateOnly EffectiveOn, string Rationale,
    string RecordedBy, string RecordedBySubject, DateTimeOffset RecordedAt);
