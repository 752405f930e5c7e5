using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Decisions;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Roles;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;
using static Samenwerking.Domain.Tests.Lifecycle.LifecycleFixtures;

namespace Samenwerking.Domain.Tests.Lifecycle;

public sealed class DissolutionTests
{
    private static DomainRuleViolationException Refusal(Action action) => Assert.Throws<DomainRuleViolationException>(action);

    [Fact]
    public void An_operating_regeling_with_every_decision_to_dissolve_ends_and_keeps_its_phase()
    {
        var collaboration = ReadyToDissolve();

        collaboration.Dissolve(Today, "Taken terug naar de gemeenten", ByAdviser);

        Assert.True(collaboration.IsEnded);
        Assert.Equal((Today, "Taken terug naar de gemeenten"), (collaboration.EndedOn!.Value, collaboration.EndReason));
        Assert.Equal(Phase.Doorontwikkeling, collaboration.Phase);
        Assert.Equal(HistoryEntryKind.Dissolved, collaboration.NewHistory[^1].Kind);
    }

    [Fact]
    public void A_public_law_regeling_is_not_dissolved_without_each_participants_toestemming_and_besluit()
    {
        var collaboration = InDoorontwikkeling();
        Decide(collaboration, Barendrecht.Code, DecisionKind.ToestemmingTotOpheffing);
        Decide(collaboration, Barendrecht.Code, DecisionKind.BesluitTotOpheffing);
        Decide(collaboration, Albrandswaard.Code, DecisionKind.BesluitTotOpheffing);

        var refusal = Refusal(() => collaboration.Dissolve(Today, "Opheffing", ByAdviser));

        Assert.Equal("dissolution-decisions-missing", refusal.ProblemType);
        Assert.Equal([Albrandswaard.Code], Assert.IsAssignableFrom<IEnumerable<string>>(refusal.Extensions["undecidedMunicipalities"]));
        Assert.Contains("toestemmingTotOpheffing", refusal.Detail.English);
        Assert.False(collaboration.IsEnded);
    }

    [Fact]
    public void A_refused_toestemming_to_dissolve_counts_until_a_later_positive_one()
    {
        var collaboration = ReadyToDissolve();
        collaboration.RecordDecision(new DecisionFacts(Albrandswaard.Code, DecisionBody.Raad, DecisionKind.ToestemmingTotOpheffing, Today.AddDays(-1),
            DecisionOutcome.Negatief), ByAdviser);

        Assert.Equal([Albrandswaard.Code], collaboration.MunicipalitiesWithoutDecisionsToDissolve());
    }

    [Fact]
    public void A_private_law_collaboration_needs_no_decisions_to_dissolve()
    {
        Assert.Empty(DecisionRules.NeededToDissolve(LegalKind.Privaatrechtelijk));
        Assert.Equal([DecisionKind.ToestemmingTotOpheffing, DecisionKind.BesluitTotOpheffing], DecisionRules.NeededToDissolve(LegalKind.Publiekrechtelijk));
        Assert.Equal(DecisionRules.NeededToDissolve(LegalKind.Publiekrechtelijk), DecisionRules.NeededToDissolve(null));
        Assert.True(DecisionRules.Fits(DecisionKind.ToestemmingTotOpheffing, DecisionBody.Raad));
        Assert.False(DecisionRules.Fits(DecisionKind.BesluitTotOpheffing, DecisionBody.Raad));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Only_implementatie_and_doorontwikkeling_are_dissolved(bool inVoorbereiding)
    {
        var collaboration = inVoorbereiding ? InVoorbereiding() : InVerkenning(AllDecided);

        var refusal = Refusal(() => collaboration.Dissolve(Today, "Stopt", ByAdviser));

        Assert.Equal("dissolution-not-applicable", refusal.ProblemType);
        Assert.Equal(collaboration.Phase, refusal.Extensions["currentPhase"]);
    }

    [Fact]
    public void A_dissolution_is_not_dated_in_the_future_nor_before_the_collaboration_operated()
    {
        var collaboration = ReadyToDissolve();

        Assert.Equal("dated-in-the-future", Refusal(() => collaboration.Dissolve(Today.AddDays(1), "Later", ByAdviser)).ProblemType);
        Assert.Equal("dated-before-operating-since", Refusal(() => collaboration.Dissolve(OperatingSince.AddDays(-1), "Eerder", ByAdviser)).ProblemType);
    }

    [Fact]
    public void An_ended_collaboration_takes_no_changes_but_corrections_of_its_dissolution()
    {
        var collaboration = ReadyToDissolve();
        collaboration.Dissolve(Today, "Opgeheven", ByAdviser);

        var refusals = new Action[]
        {
            () => collaboration.Edit("Nieuwe naam", null, AllDecided, ByAdviser, CompleteRegister),
            () => collaboration.AssignRole(new RoleFacts(RoleKind.Adviseur, "A", "B"), ByAdviser),
            () => collaboration.Withdraw(Barendrecht.Code, Today, "Weg", ByAdviser),
            () => collaboration.Join(Joins(Ridderkerk, 2024), ByAdviser),
            () => Decide(collaboration, Barendrecht.Code, DecisionKind.Zienswijze),
            () => collaboration.ChangeEvaluationInterval(2, ByAdviser),
            () => collaboration.SetOperatingSince(OperatingSince, ByAdviser),
            () => collaboration.RevertTransition(collaboration.Transitions[^1].Id, "mis", ByAdviser),
            () => collaboration.WithdrawDecision(collaboration.Decisions[0].Id, "mis", ByAdviser),
        };
        Assert.All(refusals, change =>
        {
            var refusal = Refusal(change);
            Assert.Equal("collaboration-ended", refusal.ProblemType);
            Assert.Equal(Today, refusal.Extensions["endedOn"]);
        });

        collaboration.Dissolve(Today.AddDays(-1), "Opgeheven per besluit", ByAdviser);
        Assert.Equal((HistoryEntryKind.DissolutionCorrected, Today.AddDays(-1)), (collaboration.NewHistory[^1].Kind, collaboration.EndedOn!.Value));
        collaboration.WithdrawDissolution("onjuist geregistreerd", ByAdviser);
        Assert.False(collaboration.IsEnded);
        Assert.Equal(HistoryEntryKind.DissolutionWithdrawn, collaboration.NewHistory[^1].Kind);
        Assert.Throws<PartNotFoundException>(() => collaboration.WithdrawDissolution("nogmaals", ByAdviser));
    }

    [Fact]
    public void An_operating_collaboration_does_not_shrink_to_one_participant_by_withdrawal()
    {
        var collaboration = InImplementatie();

        var refusal = Refusal(() => collaboration.Withdraw(Albrandswaard.Code, Today, "Stapt uit", ByAdviser));

        Assert.Equal("withdrawal-leaves-one-participant", refusal.ProblemType);
        collaboration.Join(Joins(Ridderkerk, 2024), ByAdviser);
        collaboration.Withdraw(Albrandswaard.Code, Today, "Stapt uit", ByAdviser);
        Assert.Equal(2, collaboration.ActiveParticipantCount);
    }

    [Fact]
    public void In_voorbereiding_a_withdrawal_may_leave_one_municipality_looking_for_partners()
    {
        var collaboration = InVoorbereiding();

        collaboration.Withdraw(Albrandswaard.Code, Today, "Stapt uit", ByAdviser);

        Assert.Equal(1, collaboration.ActiveParticipantCount);
    }
}
