using Samenwerking.Domain.Collaborations;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Decisions;
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

/// <summary>One exit rule: stable code, whether it holds, and why, as a sentence and as data.</summary>
/// <param name="Code">Stable code of the rule, e.g. `at-least-two-participants`.</param>
/// <param name="Met">Whether the rule holds now.</param>
/// <param name="Detail">What holds or what is missing, for people (Dutch with `Accept-Language: nl`); the same facts are in `missingDecisions` and `waitsFor`.</param>
/// <param name="MissingDecisions">Per participating municipality, each positive decision still missing; empty for every other rule.</param>
/// <param name="WaitsFor">Codes of the rules that must hold before this one can be worked on (the decisions wait on the legal form); empty when none.</param>
public sealed record RuleCheckDto(string Code, bool Met, string Detail, IReadOnlyList<MissingDecisionDto> MissingDecisions,
    IReadOnlyList<string> WaitsFor)
{
    /// <summary>What the domain's rule reported, with its sentence in the request's language.</summary>
    public static RuleCheckDto From(RuleCheck check) => new(check.Code, check.Met,
        Localized.Text(check.Explanation.English, check.Explanation.Dutch),
        check.MissingDecisions.Select(m => new MissingDecisionDto(m.MunicipalityCode, m.DecisionKind, m.Refused)).ToList(),
        check.WaitsFor);
}

/// <summary>A positive decision a participating municipality still has to take.</summary>
/// <param name="MunicipalityCode">CBS code of the municipality.</param>
/// <param name="DecisionKind">The kind of decision still missing.</param>
/// <param name="Refused">True when the latest decision of this kind was negative (a refused toestemming counts until a positive one is recorded).</param>
public sealed record MissingDecisionDto(string MunicipalityCode, DecisionKind DecisionKind, bool Refused);

public static class PhaseMappings
{
    public static PhaseTransitionDto ToDto(this PhaseTransition t) =>
        new(t.Id, t.From, t.To, t.EffectiveOn, t.Rationale, t.RecordedByName, t.RecordedBySubject, t.RecordedAt);
}
