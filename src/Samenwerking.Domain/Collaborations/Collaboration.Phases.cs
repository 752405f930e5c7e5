using Samenwerking.Domain.Collaborations.Register;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Domain.Collaborations;

public sealed partial class Collaboration
{
    public Phase Phase { get; private set; }

    public IReadOnlyList<PhaseTransition> Transitions => transitions;

    /// <summary>The phase in which the collaboration was registered after the fact; null when recorded from verkenning on.</summary>
    public Phase? RegisteredInPhase { get; private set; }

    /// <summary>When the first phase recorded here began; unknown for a collaboration registered in implementatie.</summary>
    public DateOnly? FirstRecordedPhaseStartedOn { get; private set; }

    /// <summary>The date the collaboration started to work as a collaboration.</summary>
    public DateOnly? OperatingSince { get; private set; }

    public DateOnly? CurrentPhaseStartedOn => transitions.Count > 0 ? transitions[^1].EffectiveOn : FirstRecordedPhaseStartedOn;

    /// <summary>
    /// Records an existing collaboration in implementatie or doorontwikkeling without replaying its past:
    /// the facts the earlier phases would have established must be given; decisions, dates and people
    /// that nobody gave are not invented. Earlier phases show as not recorded.
    /// </summary>
    public static Collaboration Register(string name, string? description, Dimensions dimensions,
        IReadOnlyList<Joining> participants, Phase phase, DateOnly? operatingSince, ChangeContext change,
        RegisterEntry? register = null)
    {
        register ??= RegisterEntry.Empty;
        var missing = RegistrationGaps(dimensions, participants.Count, phase, operatingSince, change.Today, register);
        if (missing.Count > 0)
        {
            throw new DomainRuleViolationException("registration-incomplete", "Facts missing to register in this phase",
                $"To register a collaboration in {DomainTerms.Of(phase)}: {string.Join(" ", missing)}",
                new Dictionary<string, object?> { ["phase"] = phase });
        }

        var collaboration = new Collaboration(name, description, change)
        {
            Phase = phase,
            RegisteredInPhase = phase,
            OperatingSince = operatingSince,
            // Doorontwikkeling begins when the collaboration starts operating; when implementatie began is unknown.
            FirstRecordedPhaseStartedOn = phase == Phase.Doorontwikkeling ? operatingSince : null,
        };
        collaboration.Describe(dimensions);
        foreach (var participant in participants)
        {
            collaboration.AddParticipant(participant);
        }

        collaboration.DescribeRegister(register, change.Today);
        collaboration.Record(HistoryEntryKind.Registered,
            $"Existing collaboration '{collaboration.Name}' registered after the fact in {DomainTerms.Of(phase)}" +
            (operatingSince is { } since ? $", operating since {since:yyyy-MM-dd}." : "."), change);
        return collaboration;
    }

    /// <summary>What is missing to register in <paramref name="phase"/>, each as a sentence; empty when complete.</summary>
    public static IReadOnlyList<string> RegistrationGaps(Dimensions dimensions, int participantCount, Phase phase,
        DateOnly? operatingSince, DateOnly today, RegisterEntry? register = null)
    {
        var gaps = new List<string>();
        if (phase is not (Phase.Implementatie or Phase.Doorontwikkeling))
        {
            gaps.Add("registration after the fact is for implementatie or doorontwikkeling; a new collaboration starts in verkenning.");
            return gaps;
        }

        if (participantCount < 2)
        {
            gaps.Add("at least two participating municipalities are needed.");
        }

        if (dimensions.Undecided() is { Count: > 0 } undecided)
        {
            gaps.Add($"all six dimensions must be decided (missing: {string.Join(", ", undecided)}).");
        }

        if (phase == Phase.Doorontwikkeling && operatingSince is null)
        {
            gaps.Add("operatingSince is needed.");
        }

        if (operatingSince > today)
        {
            gaps.Add("operatingSince cannot be in the future.");
        }

        // An operating public-law regeling is in the register with what the law requires (the exit rule of implementatie).
        if (phase == Phase.Doorontwikkeling)
        {
            gaps.AddRange((register ?? RegisterEntry.Empty).GapsOnceOperating(dimensions.LegalForm).Select(g => g.Message));
        }

        return gaps;
    }

    /// <summary>Each exit rule of the current phase, met or not: the checklist a transition will apply.</summary>
    public IReadOnlyList<RuleCheck> Readiness(DateOnly today) =>
        ExitRules.For(Phase).Select(rule => rule.Check(this, today)).ToList();

    /// <summary>
    /// Moves to the next phase. Only the next one is allowed, and only when every exit rule of the
    /// current phase holds; a refusal names every rule that does not, not just the first.
    /// </summary>
    public PhaseTransition TransitionTo(Phase to, DateOnly effectiveOn, string rationale, ChangeContext change)
    {
        var next = PhaseOrder.Next(Phase);
        if (to != next)
        {
            throw new DomainRuleViolationException("phase-transition-not-allowed", "Only the next phase is allowed",
                next is { } allowed
                    ? $"The collaboration is in {DomainTerms.Of(Phase)}; it can only move to {DomainTerms.Of(allowed)}, one step at a time, never back."
                    : $"The collaboration is in {DomainTerms.Of(Phase)}, the last phase; it lives there from now on.",
                new Dictionary<string, object?> { ["currentPhase"] = Phase, ["requestedPhase"] = to, ["allowedNextPhase"] = next });
        }

        var unmet = Readiness(change.Today).Where(check => !check.Met).ToList();
        if (unmet.Count > 0)
        {
            throw new DomainRuleViolationException("exit-rules-not-met", "The current phase cannot end yet",
                $"{unmet.Count} exit rule(s) of {DomainTerms.Of(Phase)} do not hold: {string.Join(" ", unmet.Select(u => u.Detail))}",
                new Dictionary<string, object?>
                {
                    ["currentPhase"] = Phase,
                    ["unmetRules"] = unmet.Select(u => new UnmetRule(u.Code, u.Detail)).ToList(),
                });
        }

        if (effectiveOn > change.Today)
        {
            throw new ArgumentException("A transition cannot take effect in the future.", nameof(effectiveOn));
        }

        if (CurrentPhaseStartedOn is { } started && effectiveOn < started)
        {
            throw new DomainRuleViolationException("effective-date-before-phase-start", "Transition dated before the phase began",
                $"{DomainTerms.Of(Phase)} began on {started:yyyy-MM-dd}; the transition cannot take effect before that ({effectiveOn:yyyy-MM-dd}).",
                new Dictionary<string, object?> { ["currentPhaseStartedOn"] = started });
        }

        var transition = new PhaseTransition(Phase, to, effectiveOn, rationale, change);
        transitions.Add(transition);
        Phase = to;
        Record(HistoryEntryKind.PhaseChanged,
            $"Phase changed from {DomainTerms.Of(transition.From)} to {DomainTerms.Of(to)}, effective {effectiveOn:yyyy-MM-dd}.", change);
        return transition;
    }

    /// <summary>The date the collaboration started operating is set while it is being built.</summary>
    public void SetOperatingSince(DateOnly operatingSince, ChangeContext change)
    {
        if (Phase != Phase.Implementatie)
        {
            throw new DomainRuleViolationException("operating-since-not-editable", "The operating date is set during implementatie",
                $"The collaboration is in {DomainTerms.Of(Phase)}; the date it started operating is recorded during implementatie.",
                new Dictionary<string, object?> { ["currentPhase"] = Phase });
        }

        OperatingSince = operatingSince;
        Record(HistoryEntryKind.OperatingSinceSet, $"Operating since set to {operatingSince:yyyy-MM-dd}.", change);
    }

    /// <summary>The four phases with their status and the dates that are known.</summary>
    public IReadOnlyList<PhasePeriod> PhaseTimeline()
    {
        var firstRecorded = RegisteredInPhase ?? Phase.Verkenning;
        return Enum.GetValues<Phase>().Select(phase =>
        {
            if (phase < firstRecorded)
            {
                return new PhasePeriod(phase, PhaseStatus.NotRecorded, null, null);
            }

            var started = phase == firstRecorded ? FirstRecordedPhaseStartedOn : transitions.FirstOrDefault(t => t.To == phase)?.EffectiveOn;
            var ended = transitions.FirstOrDefault(t => t.From == phase)?.EffectiveOn;
            var status = phase == Phase ? PhaseStatus.Current : phase < Phase ? PhaseStatus.Completed : PhaseStatus.Upcoming;
            return new PhasePeriod(phase, status, status == PhaseStatus.Upcoming ? null : started, ended);
        }).ToList();
    }
}

/// <summary>An exit rule that does not hold, as a refused transition reports it.</summary>
public sealed record UnmetRule(string Code, string Detail);
