using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;

namespace Samenwerking.Domain.Tests.Collaborations;

public sealed class CollaborationTests
{
    private static readonly Dimensions Fusie = new()
    {
        TaskScope = TaskScope.Alle,
        OrganisationForm = new OrganisationForm(Novelty.Nieuw, Multiplicity.Een, Structure.Centraal),
    };

    [Fact]
    public void Starts_in_verkenning_with_its_founders()
    {
        var bar = Bar();

        Assert.Equal(Phase.Verkenning, bar.Phase);
        Assert.Equal(["GM0489", "GM0613"], bar.ActiveParticipants.Select(p => p.MunicipalityCode));
        Assert.Equal(Now.Now, bar.CreatedAt);
    }

    [Fact]
    public void Ambtelijke_fusie_is_alle_nieuw_een_centraal_and_nothing_less()
    {
        Assert.True(Bar(Fusie).IsAmbtelijkeFusie);
        Assert.False(Bar(Fusie with { TaskScope = TaskScope.Meerdere }).IsAmbtelijkeFusie);
        Assert.False(Bar(Fusie with { OrganisationForm = new OrganisationForm(Novelty.Bestaand, Multiplicity.Een, Structure.Centraal) }).IsAmbtelijkeFusie);
        Assert.False(Bar(Fusie with { OrganisationForm = new OrganisationForm(Novelty.Nieuw, Multiplicity.Meerdere, Structure.Centraal) }).IsAmbtelijkeFusie);
        Assert.False(Bar(Fusie with { OrganisationForm = new OrganisationForm(Novelty.Nieuw, Multiplicity.Een, Structure.Decentraal) }).IsAmbtelijkeFusie);
    }

    [Fact]
    public void Refuses_inconsistent_dimensions()
    {
        var bar = Bar();

        var refusal = Assert.Throws<InconsistentDimensionsException>(() => bar.Edit("BAR-organisatie", null,
            new Dimensions { LegalForm = new LegalForm(LegalKind.Publiekrechtelijk, LegalInstrument.Stichting) }, Now));
        Assert.Equal("legalForm.instrument", Assert.Single(refusal.Inconsistencies).Field);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("   ")]
    public void Refuses_a_name_that_is_too_short(string name) =>
        Assert.Throws<ArgumentException>(() => Bar().Edit(name, null, Dimensions.Unknown, Now));

    [Fact]
    public void A_municipality_joins_only_while_in_force()
    {
        var bar = Bar();

        var refusal = Assert.Throws<DomainRuleViolationException>(() => bar.Join(Joins(Haarlemmerliede, 2019), Now));
        Assert.Equal("municipality-not-in-force", refusal.ProblemType);
        bar.Join(new Joining(Haarlemmerliede, new DateOnly(2018, 12, 31)), Now);
    }

    [Fact]
    public void An_active_participant_cannot_join_again()
    {
        var refusal = Assert.Throws<DomainRuleViolationException>(() => Bar().Join(Joins(Barendrecht), Now));

        Assert.Equal("duplicate-participant", refusal.ProblemType);
    }

    [Fact]
    public void There_is_one_centrumgemeente_at_a_time()
    {
        var collaboration = Collaboration.Start("Centrumregeling", null, Dimensions.Unknown,
            [Joins(Barendrecht, role: ParticipantRole.Centrumgemeente)], Now);

        var refusal = Assert.Throws<DomainRuleViolationException>(() =>
            collaboration.Join(Joins(Ridderkerk, role: ParticipantRole.Centrumgemeente), Now));
        Assert.Equal("centrumgemeente-already-assigned", refusal.ProblemType);
    }

    [Fact]
    public void Every_change_moves_updated_at_even_within_the_same_instant()
    {
        var bar = Bar();
        var before = bar.UpdatedAt;

        bar.Join(Joins(Ridderkerk), Now);

        // One microsecond, the smallest step a stored timestamp keeps: less would be lost on saving.
        Assert.Equal(before.AddTicks(TimeSpan.TicksPerMicrosecond), bar.UpdatedAt);
    }

    [Fact]
    public void During_verkenning_participants_are_removed_but_not_the_last()
    {
        var bar = Bar();

        bar.Remove("GM0613", Now);

        Assert.Equal("GM0489", Assert.Single(bar.Participants).MunicipalityCode);
        Assert.Equal("last-participant", Assert.Throws<DomainRuleViolationException>(() => bar.Remove("GM0489", Now)).ProblemType);
    }

    [Fact]
    public void Withdrawal_is_for_later_phases()
    {
        var refusal = Assert.Throws<DomainRuleViolationException>(() => Bar().Withdraw("GM0613", new DateOnly(2024, 1, 1), "Zelfstandig", Now));

        Assert.Equal("withdrawal-not-applicable", refusal.ProblemType);
    }

    [Fact]
    public void A_participant_or_role_the_collaboration_does_not_have_is_a_missing_part()
    {
        var bar = Bar();

        Assert.Equal("Active participant", Assert.Throws<PartNotFoundException>(() => bar.Remove("GM0597", Now)).Part);
        Assert.Equal("Participant", Assert.Throws<PartNotFoundException>(() => bar.Withdraw("GM0597", Today, "Nooit deelgenomen", Now)).Part);
        Assert.Equal("Role", Assert.Throws<PartNotFoundException>(() => bar.RemoveRole(Guid.NewGuid(), Now)).Part);
    }

    [Fact]
    public void Verkenning_can_be_deleted() => Bar().EnsureDeletable();
}
