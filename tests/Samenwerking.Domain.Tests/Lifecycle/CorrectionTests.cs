using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Decisions;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Phases;
using Samenwerking.Domain.Roles;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;
using static Samenwerking.Domain.Tests.Lifecycle.LifecycleFixtures;

namespace Samenwerking.Domain.Tests.Lifecycle;

public sealed class CorrectionTests
{
    private static DomainRuleViolationException Refusal(Action action) => Assert.Throws<DomainRuleViolationException>(action);

    [Fact]
    public void A_decision_is_corrected_and_the_history_keeps_the_previous_value_and_the_reason()
    {
        var collaboration = InVoorbereiding();
        var decision = Decide(collaboration, Barendrecht.Code, DecisionKind.Toestemming);

        collaboration.CorrectDecision(decision.Id, new DecisionFacts(Barendrecht.Code, DecisionBody.Raad, DecisionKind.Zienswijze, Today.AddDays(-5),
            DecisionOutcome.Positief, "2025-12"), "onjuist geregistreerd", ByAdviser);

        Assert.Equal(DecisionKind.Zienswijze, decision.Kind);
        var line = collaboration.NewHistory[^1];
        Assert.Equal(HistoryEntryKind.DecisionCorrected, line.Kind);
        Assert.Contains("toestemming positief", line.Summary);
        Assert.Contains("zienswijze positief", line.Summary);
        Assert.Contains("onjuist geregistreerd", line.Summary);
        Assert.Equal(decision.Id, line.SubjectId);
    }

    [Fact]
    public void Withdrawing_a_decision_the_left_voorbereiding_needed_is_refused_naming_the_rule()
    {
        var collaboration = InImplementatie();
        var toestemming = collaboration.Decisions.First(d => d.Kind == DecisionKind.Toestemming);

        var refusal = Refusal(() => collaboration.WithdrawDecision(toestemming.Id, "onjuist geregistreerd", ByAdviser));

        Assert.Equal("correction-breaks-exit-rule", refusal.ProblemType);
        Assert.Equal(Phase.Voorbereiding, refusal.Extensions["phase"]);
        Assert.Equal(["required-decisions-recorded"], Assert.IsAssignableFrom<IEnumerable<RuleCheck>>(refusal.Extensions["unmetRules"]).Select(r => r.Code));
        Assert.Contains(toestemming, collaboration.Decisions);
    }

    [Fact]
    public void Correcting_a_needed_decision_to_negative_is_refused_but_a_date_correction_is_not()
    {
        var collaboration = InImplementatie();
        var besluit = collaboration.Decisions.First(d => d.Kind == DecisionKind.BesluitTotDeelname);

        Assert.Equal("correction-breaks-exit-rule", Refusal(() => collaboration.CorrectDecision(besluit.Id,
            new DecisionFacts(besluit.MunicipalityCode, besluit.Body, besluit.Kind, besluit.DecidedOn, DecisionOutcome.Negatief), null, ByAdviser)).ProblemType);

        collaboration.CorrectDecision(besluit.Id, new DecisionFacts(besluit.MunicipalityCode, besluit.Body, besluit.Kind, Today.AddDays(-45),
            DecisionOutcome.Positief), "datum", ByAdviser);
        Assert.Equal(Today.AddDays(-45), besluit.DecidedOn);
    }

    [Fact]
    public void A_decision_not_needed_by_a_left_phase_is_withdrawn_and_the_history_says_what_it_was()
    {
        var collaboration = InImplementatie();
        var zienswijze = Decide(collaboration, Barendrecht.Code, DecisionKind.Zienswijze);

        collaboration.WithdrawDecision(zienswijze.Id, "onjuist geregistreerd", ByAdviser);

        Assert.DoesNotContain(zienswijze, collaboration.Decisions);
        Assert.Equal(HistoryEntryKind.DecisionWithdrawn, collaboration.NewHistory[^1].Kind);
        Assert.Contains("zienswijze", collaboration.NewHistory[^1].Summary);
    }

    [Fact]
    public void A_correction_keeps_the_municipality_and_the_body_rule()
    {
        var collaboration = InVoorbereiding();
        var decision = Decide(collaboration, Barendrecht.Code, DecisionKind.Toestemming);

        Assert.Throws<ArgumentException>(() => collaboration.CorrectDecision(decision.Id,
            new DecisionFacts(Albrandswaard.Code, DecisionBody.Raad, DecisionKind.Toestemming, Today, DecisionOutcome.Positief), null, ByAdviser));
        Assert.Equal("decision-body-mismatch", Refusal(() => collaboration.CorrectDecision(decision.Id,
            new DecisionFacts(Barendrecht.Code, DecisionBody.College, DecisionKind.Toestemming, Today, DecisionOutcome.Positief), null, ByAdviser)).ProblemType);
        Assert.Throws<PartNotFoundException>(() => collaboration.WithdrawDecision(Guid.NewGuid(), "weg", ByAdviser));
    }

    [Fact]
    public void Correcting_the_project_lead_of_a_left_implementatie_into_an_adviser_is_refused()
    {
        var collaboration = InDoorontwikkeling();
        var lead = collaboration.Roles.Single();

        var refusal = Refusal(() => collaboration.CorrectRole(lead.Id, new RoleFacts(RoleKind.Adviseur, "P. Leider", "Gemeente Barendrecht"), null, ByAdviser));

        Assert.Equal("correction-breaks-exit-rule", refusal.ProblemType);
        Assert.Equal(Phase.Implementatie, refusal.Extensions["phase"]);
        collaboration.CorrectRole(lead.Id, new RoleFacts(RoleKind.Programmamanager, "P. Leiders", "Gemeente Albrandswaard"), "typfout", ByAdviser);
        Assert.Equal(RoleKind.Programmamanager, lead.Kind);
        Assert.DoesNotContain("Leider", collaboration.NewHistory[^1].Summary);
        Assert.Equal(HistoryEntryKind.RoleCorrected, collaboration.NewHistory[^1].Kind);
    }

    [Fact]
    public void The_operating_date_is_corrected_in_doorontwikkeling_but_not_into_the_future_nor_withdrawn()
    {
        var collaboration = InDoorontwikkeling();

        collaboration.SetOperatingSince(OperatingSince.AddDays(-1), ByAdviser, "verkeerde dag");
        Assert.Equal(HistoryEntryKind.OperatingSinceCorrected, collaboration.NewHistory[^1].Kind);
        Assert.Contains("verkeerde dag", collaboration.NewHistory[^1].Summary);

        Assert.Equal("correction-breaks-exit-rule", Refusal(() => collaboration.SetOperatingSince(Today.AddDays(1), ByAdviser, "later")).ProblemType);
        Assert.Equal("correction-breaks-exit-rule", Refusal(() => collaboration.WithdrawOperatingSince("onjuist", ByAdviser)).ProblemType);
    }

    [Fact]
    public void The_operating_date_is_withdrawn_during_implementatie()
    {
        var collaboration = InImplementatie();
        collaboration.SetOperatingSince(OperatingSince, ByAdviser);

        collaboration.WithdrawOperatingSince("onjuist geregistreerd", ByAdviser);

        Assert.Null(collaboration.OperatingSince);
        Assert.Equal(HistoryEntryKind.OperatingSinceWithdrawn, collaboration.NewHistory[^1].Kind);
    }

    [Fact]
    public void The_last_transition_is_reverted_and_both_lines_stay_in_the_history()
    {
        var collaboration = InImplementatie();
        var last = collaboration.Transitions[^1];

        collaboration.RevertTransition(last.Id, "per ongeluk vastgelegd", ByAdviser);

        Assert.Equal(Phase.Voorbereiding, collaboration.Phase);
        Assert.DoesNotContain(last, collaboration.Transitions);
        Assert.Equal(Phase.Voorbereiding, collaboration.Transitions[^1].To);
        Assert.Equal([HistoryEntryKind.PhaseChanged, HistoryEntryKind.PhaseTransitionReverted],
            collaboration.NewHistory.Where(h => h.SubjectId == last.Id).Select(h => h.Kind));
        var changed = Assert.IsType<Events.CollaborationChanged>(collaboration.DomainEvents[^1]);
        Assert.Equal((Phase.Voorbereiding, Phase.Implementatie), (changed.Phase, changed.PreviousPhase));
    }

    [Fact]
    public void Only_the_last_transition_is_reverted()
    {
        var collaboration = InImplementatie();

        var refusal = Refusal(() => collaboration.RevertTransition(collaboration.Transitions[0].Id, "mis", ByAdviser));

        Assert.Equal("transition-revert-not-allowed", refusal.ProblemType);
        Assert.Equal(Phase.Implementatie, refusal.Extensions["currentPhase"]);
        Assert.Throws<PartNotFoundException>(() => collaboration.RevertTransition(Guid.NewGuid(), "mis", ByAdviser));
    }
}
