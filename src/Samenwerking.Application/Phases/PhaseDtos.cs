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

/// <summary>One of the four phases for this collaboration.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="Status">completed, current, upcoming, or notRecorded for phases passed before the collaboration was registered.</param>
/// <param name="StartedOn">When it began, where known.</param>
/// <param name="EndedOn">When it ended, where known.</param>
public sealed record PhasePeriodDto(Phase Phase, PhaseStatus Status, DateOnly? StartedOn, DateOnly? EndedOn);

/// <summary>Whether the current phase can end now: each exit rule with whether it holds.</summary>
/// <param name="CurrentPhase">The phase the collaboration is in.</param>
/// <param name="NextPhase">The phase it could move to; null in doorontwikkeling.</param>
/// <param name="Ready">True when every rule holds (and there is a next phase).</param>
/// <param name="Rules">The exit rules of the current phase.</param>
public sealed record ReadinessDto(Phase CurrentPhase, Phase? NextPhase, bool Ready, IReadOnlyList<RuleCheckDto> Rules);

/// <summary>One exit rule: stable code, whether it holds, and why.</summary>
/// <param name="Code">Stable code of the rule, e.g. `at-least-two-participants`.</param>
/// <param name="Met">Whether the rule holds now.</param>
/// <param name="Detail">What holds or what is missing, e.g. the municipalities still missing a decision.</param>
public sealed record RuleCheckDto(string Code, bool Met, string Detail);

public static class PhaseMappings
{
    public static PhaseTransitionDto ToDto(this PhaseTransition t) =>
        new(t.Id, t.From, t.To, t.EffectiveOn, t.Rationale, t.RecordedByName, t.RecordedBySubject, t.RecordedAt);
}
