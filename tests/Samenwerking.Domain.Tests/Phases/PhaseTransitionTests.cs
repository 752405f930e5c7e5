using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Decisions;
using Samenwerking.Domain.Phases;
using Samenwerking.Domain.Roles;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;

namespace Samenwerking.Domain.Tests.Phases;

public sealed class PhaseTransitionTests
{
    private static DomainRuleViolationException Refusal(Action action) => Assert.Throws<DomainRuleViolationException>(action);

    private static IReadOnlyList<string> Unmet(Collaboration collaboration) =>
        collaboration.Readiness(Today).Where(r => !r.Met).Select(r => r.Code).ToList();

    private static Collaboration InVoorbereiding(Dimensions? dimensions = null)
    {
        var collaboration = InVerkenning(dimensions ?? AllDecided);
        collaboration.TransitionTo(Phase.Voorbereiding, Today, "Besluit verkenning", ByAdviser);
        return collaboration;
    }

    private static void Decide(Collaboration collaboration, string code, DecisionBody body, DecisionKind kind,
        DecisionOutcome outcome = DecisionOutcome.Positief, int day = 1) =>
        collaboration.RecordDecision(new DecisionFacts(code, body, kind, Today.AddDays(-30 + day), outcome), ByAdviser);

    private static Collaboration InImplementatie()
    {
        var collaboration = InVoorbereiding();
        foreach (var code in new[] { "GM0489", "GM0613" })
        {
            Decide(collaboration, code, DecisionBody.Raad, DecisionKind.Toestemming);
            Decide(collaboration, code, DecisionBody.College, DecisionKind.BesluitTotDeelname);
        }

        collaboration.TransitionTo(Phase.Implementatie, Today, "Alle besluiten genomen", ByAdviser);
        return collaboration;
    }

    [Theory]
    [InlineData(Phase.Verkenning)]
    [InlineData(Phase.Implementatie)]
    [InlineData(Phase.Doorontwikkeling)]
    public void From_verkenning_only_voorbereiding_is_allowed(Phase to)
    {
        var refusal = Refusal(() => InVerkenning(AllDecided).TransitionTo(to, Today, "Te snel", ByAdviser));

        Assert.Equal("phase-transition-not-allowed", refusal.ProblemType);
        Assert.Equal(Phase.Verkenning, refusal.Extensions["currentPhase"]);
        Assert.Equal(Phase.Voorbereiding, refusal.Extensions["allowedNextPhase"]);
    }

    [Fact]
    public void Going_back_is_not_allowed()
    {
        var collaboration = InImplementatie();

        Assert.Equal("phase-transition-not-allowed", Refusal(() => collaboration.TransitionTo(Phase.Voorbereiding, Today, "Terug", ByAdviser)).ProblemType);
    }

    [Fact]
    public void Leaving_verkenning_lists_every_unmet_rule()
    {
        var lonely = Collaboration.Start("Alleen", null, Dimensions.Unknown, [Joins(Barendrecht)], ByAdviser);

        var refusal = Refusal(() => lonely.TransitionTo(Phase.Voorbereiding, Today, "Verder", ByAdviser));

        Assert.Equal("exit-rules-not-met", refusal.ProblemType);
        var unmet = Assert.IsAssignableFrom<IEnumerable<RuleCheck>>(refusal.Extensions["unmetRules"]).Select(u => u.Code);
        Assert.Equal(["at-least-two-participants", "task-types-chosen", "task-scope-chosen", "initiative-recorded"], unmet);
        Assert.Equal(unmet, Unmet(lonely));
    }

    [Fact]
    public void A_transition_records_who_when_and_why()
    {
        var collaboration = InVoorbereiding();

        var transition = Assert.Single(collaboration.Transitions);
        Assert.Equal((Phase.Verkenning, Phase.Voorbereiding), (transition.From, transition.To));
        Assert.Equal("A. Adviseur", transition.RecordedByName);
        Assert.Equal("Besluit verkenning", transition.Rationale);
        Assert.Equal(Today, collaboration.CurrentPhaseStartedOn);
    }

    [Fact]
    public void Leaving_voorbereiding_needs_all_dimensions_and_the_decisions_of_each_participant()
    {
        var collaboration = InVoorbereiding(AllDecided with { GovernanceLevel = null, TaskScope = TaskScope.Alle });

        Assert.Equal(["all-dimensions-decided", "required-decisions-recorded"], Unmet(collaboration));
    }

    [Fact]
    public void Public_law_needs_raad_toestemming_and_college_besluit_per_participant()
    {
        var collaboration = InVoorbereiding();
        Decide(collaboration, "GM0489", DecisionBody.Raad, DecisionKind.Toestemming);
        Decide(collaboration, "GM0489", DecisionBody.College, DecisionKind.BesluitTotDeelname);
        Decide(collaboration, "GM0613", DecisionBody.College, DecisionKind.BesluitTotDeelname);

        var check = collaboration.Readiness(Today).Single(r => r.Code == "required-decisions-recorded");
        Assert.False(check.Met);
        Assert.Contains("GM0613: toestemming", check.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("GM0489", check.Detail, StringComparison.Ordinal);

        Decide(collaboration, "GM0613", DecisionBody.Raad, DecisionKind.Toestemming);
        Assert.Empty(Unmet(collaboration));
    }

    [Fact]
    public void A_refused_toestemming_blocks_until_a_later_positive_one()
    {
        var collaboration = InVoorbereiding();
        foreach (var code in new[] { "GM0489", "GM0613" })
        {
            Decide(collaboration, code, DecisionBody.College, DecisionKind.BesluitTotDeelname);
            Decide(collaboration, code, DecisionBody.Raad, DecisionKind.Toestemming);
        }

        Decide(collaboration, "GM0613", DecisionBody.Raad, DecisionKind.Toestemming, DecisionOutcome.Negatief, day: 5);
        Assert.Contains("toestemming (refused)", collaboration.Readiness(Today).Single(r => r.Code == "required-decisions-recorded").Detail, StringComparison.Ordinal);

        Decide(collaboration, "GM0613", DecisionBody.Raad, DecisionKind.Toestemming, DecisionOutcome.Positief, day: 9);
        Assert.Empty(Unmet(collaboration));
    }

    [Fact]
    public void Private_law_needs_only_the_besluit_tot_deelname()
    {
        var collaboration = InVoorbereiding(AllDecided with { LegalForm = new LegalForm(LegalKind.Privaatrechtelijk, LegalInstrument.Stichting) });
        Decide(collaboration, "GM0489", DecisionBody.College, DecisionKind.BesluitTotDeelname);
        Decide(collaboration, "GM0613", DecisionBody.Burgemeester, DecisionKind.BesluitTotDeelname);

        Assert.Empty(Unmet(collaboration));
    }

    [Fact]
    public void A_withdrawn_participant_needs_no_decisions()
    {
        var collaboration = InVoorbereiding();
        Decide(collaboration, "GM0489", DecisionBody.Raad, DecisionKind.Toestemming);
        Decide(collaboration, "GM0489", DecisionBody.College, DecisionKind.BesluitTotDeelname);
        collaboration.Join(Joins(Ridderkerk), ByAdviser);
        Decide(collaboration, "GM0597", DecisionBody.Raad, DecisionKind.Toestemming);
        Decide(collaboration, "GM0597", DecisionBody.College, DecisionKind.BesluitTotDeelname);

        collaboration.Withdraw("GM0613", Today, "Ziet af van deelname", ByAdviser);

        Assert.Empty(Unmet(collaboration));
    }

    [Theory]
    [InlineData(DecisionKind.Toestemming, DecisionBody.College)]
    [InlineData(DecisionKind.Zienswijze, DecisionBody.Burgemeester)]
    [InlineData(DecisionKind.WensenEnBedenkingen, DecisionBody.AlgemeenBestuur)]
    [InlineData(DecisionKind.BesluitTotDeelname, DecisionBody.Raad)]
    public void A_decision_comes_from_the_body_that_takes_it(DecisionKind kind, DecisionBody body)
    {
        Assert.False(DecisionRules.Fits(kind, body));
        Assert.Equal("decision-body-mismatch",
            Refusal(() => InVerkenning().RecordDecision(new DecisionFacts("GM0489", body, kind, Today, DecisionOutcome.Positief), ByAdviser)).ProblemType);
    }

    [Fact]
    public void Only_active_participants_decide() =>
        Assert.Equal("not-an-active-participant", Refusal(() => InVerkenning().RecordDecision(
            new DecisionFacts("GM0597", DecisionBody.Raad, DecisionKind.Toestemming, Today, DecisionOutcome.Positief), ByAdviser)).ProblemType);

    [Fact]
    public void Leaving_implementatie_needs_a_project_lead_assigned_during_implementatie_and_a_reached_operating_date()
    {
        var collaboration = InImplementatie();
        Assert.Equal(["project-lead-assigned", "operating-since-known", "register-entry-complete"], Unmet(collaboration));

        collaboration.SetOperatingSince(Today.AddDays(1), ByAdviser);
        collaboration.AssignRole(new RoleFacts(RoleKind.Adviseur, "A", "B"), ByAdviser);
        Assert.Equal(["project-lead-assigned", "operating-since-known", "register-entry-complete"], Unmet(collaboration));

        collaboration.SetOperatingSince(Today, ByAdviser);
        collaboration.AssignRole(new RoleFacts(RoleKind.Programmamanager, "P", "BAR"), ByAdviser);
        Assert.Equal(["register-entry-complete"], Unmet(collaboration));
        collaboration.Edit(collaboration.Name, null, AllDecided, ByAdviser, CompleteRegister);
        Assert.Empty(Unmet(collaboration));
        collaboration.TransitionTo(Phase.Doorontwikkeling, Today, "Operationeel", ByAdviser);
        Assert.Equal(Phase.Doorontwikkeling, collaboration.Phase);
    }

    [Fact]
    public void A_project_lead_from_an_earlier_phase_does_not_count()
    {
        var collaboration = InVerkenning(AllDecided);
        collaboration.AssignRole(new RoleFacts(RoleKind.Projectleider, "P", "BAR"), ByAdviser);

        Assert.False(new ProjectLeadAssigned().Check(collaboration, Today).Met);
    }

    [Fact]
    public void Removing_a_role_keeps_no_personal_data_in_the_history()
    {
        var collaboration = InVerkenning();
        var role = collaboration.AssignRole(new RoleFacts(RoleKind.Adviseur, "Jan Jansen", "Bureau", "jan@example.nl"), ByAdviser);

        collaboration.RemoveRole(role.Id, ByAdviser);

        Assert.Empty(collaboration.Roles);
        Assert.All(collaboration.NewHistory, h => Assert.DoesNotContain("Jansen", h.Summary, StringComparison.Ordinal));
    }

    [Fact]
    public void The_operating_date_is_set_during_implementatie_only() =>
        Assert.Equal("operating-since-not-editable", Refusal(() => InVerkenning().SetOperatingSince(Today, ByAdviser)).ProblemType);

    [Fact]
    public void A_transition_cannot_take_effect_before_the_current_phase_began()
    {
        var collaboration = InVerkenning(AllDecided);

        Assert.Equal("effective-date-before-phase-start",
            Refusal(() => collaboration.TransitionTo(Phase.Voorbereiding, Today.AddDays(-1), "Terugwerkend", ByAdviser)).ProblemType);
    }

    [Fact]
    public void Nothing_follows_doorontwikkeling()
    {
        var registered = Collaboration.Register("BUCH", null, AllDecided, [Joins(Barendrecht), Joins(Albrandswaard)],
            Phase.Doorontwikkeling, new DateOnly(2017, 1, 1), ByAdviser, CompleteRegister);

        var refusal = Refusal(() => registered.TransitionTo(Phase.Doorontwikkeling, Today, "Nog verder", ByAdviser));
        Assert.Null(refusal.Extensions["allowedNextPhase"]);
        Assert.Empty(registered.Readiness(Today));
    }
}
