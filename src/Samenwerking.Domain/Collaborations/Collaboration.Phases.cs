using Samenwerking.Domain.Collaborations.Register;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Phases;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Collaborations;

public sealed partial class Collaboration
{
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
            throw Refusals.RegistrationIncomplete.Because(new Text(
                    $"To register a collaboration in {DomainTerms.Of(phase)}: {string.Join(" ", missing.Select(m => m.English))}",
                    $"Om een samenwerking in {DomainTerms.Of(phase)} te registreren: {string.Join(" ", missing.Select(m => m.Dutch))}"),
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
        collaboration.RecordChange(HistoryEntryKind.Registered,
            $"Existing collaboration '{collaboration.Name}' registered after the fact in {DomainTerms.Of(phase)}" +
            (operatingSince is { } since ? $", operating since {since:yyyy-MM-dd}." : "."), change);
        return collaboration;
    }

    /// <summary>What is missing to register in <paramref name="phase"/>, each as a sentence; empty when complete.</summary>
    public static IReadOnlyList<Text> RegistrationGaps(Dimensions dimensions, int participantCount, Phase phase,
        DateOnly? operatingSince, DateOnly today, RegisterEntry? register = null)
    {
        var gaps = new List<Text>();
        if (phase is not (Phase.Implementatie or Phase.Doorontwikkeling))
        {
            gaps.Add(new Text("registration after the fact is for implementatie or doorontwikkeling; a new collaboration starts in verkenning.",
                "registratie achteraf is voor implementatie of doorontwikkeling; een nieuwe samenwerking begint in verkenning."));
            return gaps;
        }

        if (participantCount < 2)
        {
            gaps.Add(new Text("at least two participating municipalities are needed.", "er zijn minstens twee deelnemende gemeenten nodig."));
        }

        if (dimensions.Undecided() is { Count: > 0 } undecided)
        {
            gaps.Add(new Text($"all six dimensions must be decided (missing: {string.Join(", ", undecided)}).",
                $"alle zes dimensies moeten zijn gekozen (ontbreekt: {string.Join(", ", undecided)})."));
        }

        if (phase == Phase.Doorontwikkeling && operatingSince is null)
        {
            gaps.Add(new Text("operatingSince is needed.", "operatingSince is nodig."));
        }

        if (operatingSince is { } since && RecordedDates.IsInTheFuture(since, today))
        {
            gaps.Add(new Text("operatingSince cannot be in the future.", "operatingSince kan niet in de toekomst liggen."));
        }

        // An operating public-law regeling is in the register with what the law requires (the exit rule of implementatie).
        if (phase == Phase.Doorontwikkeling)
        {
            gaps.AddRange((register ?? RegisterEntry.Empty).GapsOnceOperating(dimensions.LegalForm)
                .Select(g => new Text(g.Message, $"register.{g.Field} is verplicht zodra de regeling werkt.")));
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
        EnsureNotEnded();
        var next = PhaseOrder.Next(Phase);
        if (to != next)
        {
            throw Refusals.PhaseTransitionNotAllowed.Because(
                next is { } allowed
                    ? new Text($"The collaboration is in {DomainTerms.Of(Phase)}; it can only move to {DomainTerms.Of(allowed)}, one step at a time, never back.",
                        $"De samenwerking is in {DomainTerms.Of(Phase)}; ze kan alleen naar {DomainTerms.Of(allowed)}, één stap tegelijk, nooit terug.")
                    : new Text($"The collaboration is in {DomainTerms.Of(Phase)}, the last phase; it lives there from now on.",
                        $"De samenwerking is in {DomainTerms.Of(Phase)}, de laatste fase; daar blijft ze voortaan."),
                new Dictionary<string, object?> { ["currentPhase"] = Phase, ["requestedPhase"] = to, ["allowedNextPhase"] = next });
        }

        var unmet = Readiness(change.Today).Where(check => !check.Met).ToList();
        if (unmet.Count > 0)
        {
            throw Refusals.ExitRulesNotMet.Because(new Text(
                    $"{unmet.Count} exit rule(s) of {DomainTerms.Of(Phase)} do not hold: {string.Join(" ", unmet.Select(u => u.Detail))}",
                    $"{unmet.Count} afrondingsregel(s) van {DomainTerms.Of(Phase)} zijn niet vervuld: {string.Join(" ", unmet.Select(u => u.Explanation.Dutch))}"),
                new Dictionary<string, object?>
                {
                    ["currentPhase"] = Phase,
                    ["unmetRules"] = unmet,
                });
        }

        RecordedDates.EnsureNotInTheFuture(effectiveOn, change.Today, new Text(
            $"A transition cannot take effect in the future ({effectiveOn:yyyy-MM-dd}).",
            $"Een faseovergang kan niet in de toekomst ingaan ({effectiveOn:yyyy-MM-dd})."));

        if (CurrentPhaseStartedOn is { } started && effectiveOn < started)
        {
            throw Refusals.EffectiveDateBeforePhaseStart.Because(new Text(
                    $"{DomainTerms.Of(Phase)} began on {started:yyyy-MM-dd}; the transition cannot take effect before that ({effectiveOn:yyyy-MM-dd}).",
                    $"{DomainTerms.Of(Phase)} begon op {started:yyyy-MM-dd}; de overgang kan niet eerder ingaan ({effectiveOn:yyyy-MM-dd})."),
                new Dictionary<string, object?> { ["currentPhaseStartedOn"] = started });
        }

        var transition = new PhaseTransition(Phase, to, effectiveOn, rationale, change);
        transitions.Add(transition);
        Phase = to;
        RecordChange(HistoryEntryKind.PhaseChanged,
            $"Phase changed from {DomainTerms.Of(transition.From)} to {DomainTerms.Of(to)}, effective {effectiveOn:yyyy-MM-dd}.", change, subjectId: transition.Id);
        return transition;
    }

    /// <summary>
    /// The date the collaboration started operating is set while it is being built, and corrected later: in
    /// doorontwikkeling a new date must still meet the exit rule of implementatie (known, not in the future).
    /// </summary>
    public void SetOperatingSince(DateOnly operatingSince, ChangeContext change, string? reason = null)
    {
        EnsureNotEnded();
        EnsureOperatingSinceEditable();
        var previous = OperatingSince;
        if (previous is null || Phase == Phase.Implementatie)
        {
            OperatingSince = operatingSince;
            RecordChange(HistoryEntryKind.OperatingSinceSet,
                $"Operating since set to {operatingSince:yyyy-MM-dd}" + (previous is { } was ? $" (was {was:yyyy-MM-dd}){Because(reason)}" : "."), change);
            return;
        }

        EnsureLeftPhasesStillHold(new ProposedFacts(this) { OperatingSince = operatingSince }, change.Today);
        OperatingSince = operatingSince;
        RecordChange(HistoryEntryKind.OperatingSinceCorrected,
            $"Operating since corrected from {previous:yyyy-MM-dd} to {operatingSince:yyyy-MM-dd}{Because(reason)}", change);
    }

    /// <summary>Withdraws an operating date recorded by mistake; once implementatie is left, its exit rule needs one.</summary>
    public void WithdrawOperatingSince(string reason, ChangeContext change)
    {
        EnsureNotEnded();
        EnsureOperatingSinceEditable();
        var previous = OperatingSince ?? throw new PartNotFoundException("Operating date", Id.ToString());
        EnsureLeftPhasesStillHold(new ProposedFacts(this) { OperatingSince = null }, change.Today);
        OperatingSince = null;
        RecordChange(HistoryEntryKind.OperatingSinceWithdrawn, $"Operating since {previous:yyyy-MM-dd} withdrawn{Because(reason)}", change);
    }

    private bool IsOperating => Phase is Phase.Implementatie or Phase.Doorontwikkeling;

    private void EnsureOperatingSinceEditable()
    {
        if (!IsOperating)
        {
            throw Refusals.OperatingSinceNotEditable.Because(new Text(
                    $"The collaboration is in {DomainTerms.Of(Phase)}; the date it started operating is recorded during implementatie.",
                    $"De samenwerking is in {DomainTerms.Of(Phase)}; de datum waarop ze startte wordt tijdens implementatie vastgelegd."),
                new Dictionary<string, object?> { ["currentPhase"] = Phase });
        }
    }

    /// <summary>The four phases with their status and the dates that are known.</summary>
    public IReadOnlyList<PhasePeriod> PhaseTimeline() =>
        PhaseTimelineOf(Phase, RegisteredInPhase, FirstRecordedPhaseStartedOn, transitions.Select(t => new PhaseStep(t.From, t.To, t.EffectiveOn)));

    /// <summary>
    /// The timeline from the stored facts alone, so a read model projected from the database gives the same
    /// answer as the aggregate without loading it.
    /// </summary>
    public static IReadOnlyList<PhasePeriod> PhaseTimelineOf(Phase current, Phase? registeredInPhase, DateOnly? firstRecordedPhaseStartedOn,
        IEnumerable<PhaseStep> steps)
    {
        var transitions = steps.ToList();
        var firstRecorded = registeredInPhase ?? Phase.Verkenning;
        return Enum.GetValues<Phase>().Select(phase =>
        {
            if (phase < firstRecorded)
            {
                return new PhasePeriod(phase, PhaseStatus.NotRecorded, null, null);
            }

            var started = phase == firstRecorded ? firstRecordedPhaseStartedOn : transitions.FirstOrDefault(t => t.To == phase)?.EffectiveOn;
            var ended = transitions.FirstOrDefault(t => t.From == phase)?.EffectiveOn;
            var status = phase == current ? PhaseStatus.Current : phase < current ? PhaseStatus.Completed : PhaseStatus.Upcoming;
            return new PhasePeriod(phase, status, status == PhaseStatus.Upcoming ? null : started, ended);
        }).ToList();
    }
}
