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
        var collaboration = InVerkenning();

        Assert.Equal(Phase.Verkenning, collaboration.Phase);
        Assert.Equal(["GM0489", "GM0613"], collaboration.ActiveParticipants.Select(p => p.MunicipalityCode));
        Assert.Equal(ByAdviser.Now, collaboration.CreatedAt);
    }

    [Fact]
    public void Ambtelijke_fusie_is_alle_nieuw_een_centraal_and_nothing_less()
    {
        Assert.True(InVerkenning(Fusie).IsAmbtelijkeFusie);
        Assert.False(InVerkenning(Fusie with { TaskScope = TaskScope.Meerdere }).IsAmbtelijkeFusie);
        Assert.False(InVerkenning(Fusie with { OrganisationForm = new OrganisationForm(Novelty.Bestaand, Multiplicity.Een, Structure.Centraal) }).IsAmbtelijkeFusie);
        Assert.False(InVerkenning(Fusie with { OrganisationForm = new OrganisationForm(Novelty.Nieuw, Multiplicity.Meerdere, Structure.Centraal) }).IsAmbtelijkeFusie);
        Assert.False(InVerkenning(Fusie with { OrganisationForm = new OrganisationForm(Novelty.Nieuw, Multiplicity.Een, Structure.Decentraal) }).IsAmbtelijkeFusie);
    }

    [Fact]
    public void Refuses_inconsistent_dimensions()
    {
        var collaboration = InVerkenning();

        var refusal = Assert.Throws<InconsistentDimensionsException>(() => collaboration.Edit("BAR-organisatie", null,
            new Dimensions { LegalForm = new LegalForm(LegalKind.Publiekrechtelijk, LegalInstrument.Stichting) }, ByAdviser));
        Assert.Equal("legalForm.instrument", Assert.Single(refusal.Inconsistencies).Field);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("   ")]
    public void Refuses_a_name_that_is_too_short(string name) =>
        Assert.Throws<ArgumentException>(() => InVerkenning().Edit(name, null, Dimensions.Unknown, ByAdviser));

    [Fact]
    public void A_municipality_joins_only_while_in_force()
    {
        var collaboration = InVerkenning();

        var refusal = Assert.Throws<DomainRuleViolationException>(() => collaboration.Join(Joins(Haarlemmerliede, 2019), ByAdviser));
        Assert.Equal("municipality-not-in-force", refusal.ProblemType);
        collaboration.Join(new Joining(Haarlemmerliede, new DateOnly(2018, 12, 31)), ByAdviser);
    }

    [Fact]
    public void An_active_participant_cannot_join_again()
    {
        var refusal = Assert.Throws<DomainRuleViolationException>(() => InVerkenning().Join(Joins(Barendrecht), ByAdviser));

        Assert.Equal("duplicate-participant", refusal.ProblemType);
    }

    [Fact]
    public void There_is_one_centrumgemeente_at_a_time()
    {
        var collaboration = Collaboration.Start("Centrumregeling", null, Dimensions.Unknown,
            [Joins(Barendrecht, role: ParticipantRole.Centrumgemeente)], ByAdviser);

        var refusal = Assert.Throws<DomainRuleViolationException>(() =>
            collaboration.Join(Joins(Ridderkerk, role: ParticipantRole.Centrumgemeente), ByAdviser));
        Assert.Equal("centrumgemeente-already-assigned", refusal.ProblemType);
    }

    [Fact]
    public void Every_change_moves_updated_at_even_within_the_same_instant()
    {
        var collaboration = InVerkenning();
        var before = collaboration.UpdatedAt;

        collaboration.Join(Joins(Ridderkerk), ByAdviser);

        // One microsecond, the smallest step a stored timestamp keeps: less would be lost on saving.
        Assert.Equal(before.AddTicks(TimeSpan.TicksPerMicrosecond), collaboration.UpdatedAt);
    }

    [Fact]
    public void During_verkenning_participants_are_removed_but_not_the_last()
    {
        var collaboration = InVerkenning();

        collaboration.Remove("GM0613", ByAdviser);

        Assert.Equal("GM0489", Assert.Single(collaboration.Participants).MunicipalityCode);
        Assert.Equal("last-participant", Assert.Throws<DomainRuleViolationException>(() => collaboration.Remove("GM0489", ByAdviser)).ProblemType);
    }

    [Fact]
    public void Withdrawal_is_for_later_phases()
    {
        var refusal = Assert.Throws<DomainRuleViolationException>(() => InVerkenning().Withdraw("GM0613", new DateOnly(2024, 1, 1), "Zelfstandig", ByAdviser));

        Assert.Equal("withdrawal-not-applicable", refusal.ProblemType);
    }

    [Fact]
    public void A_participant_or_role_the_collaboration_does_not_have_is_a_missing_part()
    {
        var collaboration = InVerkenning();

        Assert.Equal("Active participant", Assert.Throws<PartNotFoundException>(() => collaboration.Remove("GM0597", ByAdviser)).Part);
        Assert.Equal("Participant", Assert.Throws<PartNotFoundException>(() => collaboration.Withdraw("GM0597", Today, "Nooit deelgenomen", ByAdviser)).Part);
        Assert.Equal("Role", Assert.Throws<PartNotFoundException>(() => collaboration.RemoveRole(Guid.NewGuid(), ByAdviser)).Part);
    }

    [Fact]
    public void Verkenning_can_be_deleted() => InVerkenning().EnsureDeletable();
}
