using Samenwerking.Domain.Common;
using Samenwerking.Domain.Decisions;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Phases;
using Samenwerking.Domain.Roles;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Collaborations;

/// <summary>
/// Corrections of what was recorded wrongly: each is refused when it would break an exit rule of a phase the
/// collaboration has already left, and leaves a history line with who, when, why and the previous value (never
/// personal data).
/// </summary>
public sealed partial class Collaboration
{
    /// <summary>Replaces what a decision says; the municipality it belongs to stays the same.</summary>
    public Decision CorrectDecision(Guid decisionId, DecisionFacts facts, string? reason, ChangeContext change)
    {
        EnsureNotEnded();
        var decision = FindDecision(decisionId);
        if (facts.MunicipalityCode != decision.MunicipalityCode)
        {
            throw new ArgumentException("A corrected decision stays the decision of the same municipality.", nameof(facts));
        }

        EnsureBodyFits(facts);
        RecordedDates.EnsureNotInTheFuture(facts.DecidedOn, change.Today, new Text(
            $"A decision cannot be dated in the future ({facts.DecidedOn:yyyy-MM-dd}).",
            $"Een besluit kan niet in de toekomst gedateerd zijn ({facts.DecidedOn:yyyy-MM-dd})."));

        var corrected = new ExitRuleDecision(facts.MunicipalityCode, facts.Kind, facts.DecidedOn, decision.RecordedAt, facts.Outcome);
        EnsureLeftPhasesStillHold(new ProposedFacts(this)
        {
            RecordedDecisions = decisions.Select(d => d.Id == decisionId ? corrected : AsExitRuleDecision(d)).ToList(),
        }, change.Today);

        var previous = Describe(decision);
        decision.Correct(facts);
        RecordChange(HistoryEntryKind.DecisionCorrected, $"Decision corrected from {previous} to {Describe(decision)}{Because(reason)}",
            change, decision.MunicipalityCode, decision.Id);
        return decision;
    }

    /// <summary>Withdraws a decision recorded by mistake; the history keeps what it said.</summary>
    public void WithdrawDecision(Guid decisionId, string reason, ChangeContext change)
    {
        EnsureNotEnded();
        var decision = FindDecision(decisionId);
        EnsureLeftPhasesStillHold(new ProposedFacts(this)
        {
            RecordedDecisions = decisions.Where(d => d.Id != decisionId).Select(AsExitRuleDecision).ToList(),
        }, change.Today);

        decisions.Remove(decision);
        RecordChange(HistoryEntryKind.DecisionWithdrawn, $"Decision withdrawn: {Describe(decision)}{Because(reason)}",
            change, decision.MunicipalityCode, decision.Id);
    }

    /// <summary>
    /// Replaces who fills a role and which role it is, keeping the phase it was assigned in. The history names the
    /// role before and after, never the person.
    /// </summary>
    public RoleAssignment CorrectRole(Guid roleId, RoleFacts facts, string? reason, ChangeContext change)
    {
        EnsureNotEnded();
        if (!facts.WorkingGroupFitsKind)
        {
            throw new ArgumentException("A working group is named for a voorzitter werkgroep, and only for that role.", nameof(facts));
        }

        var role = roles.FirstOrDefault(r => r.Id == roleId) ?? throw new PartNotFoundException("Role", roleId.ToString());
        EnsureLeftPhasesStillHold(new ProposedFacts(this)
        {
            AssignedRoles = roles.Select(r => new ExitRuleRole(r.Id == roleId ? facts.Kind : r.Kind, r.AssignedInPhase)).ToList(),
        }, change.Today);

        var previousKind = role.Kind;
        role.Correct(facts);
        RecordChange(HistoryEntryKind.RoleCorrected,
            $"Role {DomainTerms.Of(previousKind)} (assigned during {DomainTerms.Of(role.AssignedInPhase)}) corrected to {DomainTerms.Of(role.Kind)}; " +
            $"the person's details are not repeated here{Because(reason)}", change, subjectId: role.Id);
        return role;
    }

    /// <summary>
    /// Undoes the last phase transition, recorded by mistake: the collaboration is back in the phase it left. The
    /// transition's history line stays, and the revert gets one of its own. Only the last can be reverted, and not
    /// once evaluations belong to doorontwikkeling.
    /// </summary>
    public void RevertTransition(Guid transitionId, string reason, ChangeContext change)
    {
        EnsureNotEnded();
        var transition = transitions.FirstOrDefault(t => t.Id == transitionId)
                         ?? throw new PartNotFoundException("Phase transition", transitionId.ToString());
        if (transition != transitions[^1])
        {
            throw Refusals.TransitionRevertNotAllowed.Because(new Text(
                    $"The collaboration is in {DomainTerms.Of(Phase)}; only the last transition (to {DomainTerms.Of(transitions[^1].To)}) can be reverted.",
                    $"De samenwerking is in {DomainTerms.Of(Phase)}; alleen de laatste overgang (naar {DomainTerms.Of(transitions[^1].To)}) kan worden teruggedraaid."),
                new Dictionary<string, object?> { ["currentPhase"] = Phase });
        }

        if (transition.To == Phase.Doorontwikkeling && LastEvaluatedOn is not null)
        {
            throw Refusals.TransitionRevertNotAllowed.Because(new Text(
                    $"Evaluations were recorded in doorontwikkeling (the latest dated {LastEvaluatedOn:yyyy-MM-dd}); they belong there, so the collaboration stays.",
                    $"Er zijn evaluaties vastgelegd in doorontwikkeling (de laatste gedateerd {LastEvaluatedOn:yyyy-MM-dd}); die horen daar, dus de samenwerking blijft."),
                new Dictionary<string, object?> { ["currentPhase"] = Phase });
        }

        transitions.Remove(transition);
        Phase = transition.From;
        RecordChange(HistoryEntryKind.PhaseTransitionReverted,
            $"Phase transition from {DomainTerms.Of(transition.From)} to {DomainTerms.Of(transition.To)} (effective {transition.EffectiveOn:yyyy-MM-dd}) reverted; " +
            $"back in {DomainTerms.Of(Phase)}{Because(reason)}", change, subjectId: transition.Id, previousPhase: transition.To);
    }

    /// <summary>
    /// Refuses a correction after which a rule that held when the collaboration left an earlier phase would no longer
    /// hold. Rules that did not hold before (a collaboration registered after the fact never met them here) are not
    /// the correction's doing.
    /// </summary>
    private void EnsureLeftPhasesStillHold(IExitRuleFacts proposed, DateOnly today)
    {
        foreach (var phase in Enum.GetValues<Phase>().Where(p => p < Phase))
        {
            var broken = ExitRules.For(phase)
                .Where(rule => rule.Check(this, today).Met)
                .Select(rule => rule.Check(proposed, today))
                .Where(check => !check.Met)
                .ToList();
            if (broken.Count > 0)
            {
                throw Refusals.CorrectionBreaksExitRule.Because(new Text(
                        $"The collaboration left {DomainTerms.Of(phase)} when {string.Join(", ", broken.Select(b => b.Code))} held; after this correction it would not: " +
                        string.Join(" ", broken.Select(b => b.Explanation.English)),
                        $"De samenwerking verliet {DomainTerms.Of(phase)} toen {string.Join(", ", broken.Select(b => b.Code))} vervuld was; na deze correctie niet meer: " +
                        string.Join(" ", broken.Select(b => b.Explanation.Dutch))),
                    new Dictionary<string, object?> { ["phase"] = phase, ["unmetRules"] = broken });
            }
        }
    }

    private Decision FindDecision(Guid decisionId) =>
        decisions.FirstOrDefault(d => d.Id == decisionId) ?? throw new PartNotFoundException("Decision", decisionId.ToString());

    private static ExitRuleDecision AsExitRuleDecision(Decision d) => new(d.MunicipalityCode, d.Kind, d.DecidedOn, d.RecordedAt, d.Outcome);

    private static string Describe(Decision d) =>
        $"{DomainTerms.Of(d.Body)} of {d.MunicipalityCode}: {DomainTerms.Of(d.Kind)} {DomainTerms.Of(d.Outcome)} on {d.DecidedOn:yyyy-MM-dd}" +
        (d.Reference is { } reference ? $" ({reference})" : "");

    /// <summary>The reason a correction gives, as the end of its history line.</summary>
    private static string Because(string? reason) => string.IsNullOrWhiteSpace(reason) ? "." : $". Reason: {reason.Trim()}";
}
