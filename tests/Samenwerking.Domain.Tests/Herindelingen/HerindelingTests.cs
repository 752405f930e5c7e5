using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Collaborations.Register;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Herindelingen;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Municipalities;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;

namespace Samenwerking.Domain.Tests.Herindelingen;

/// <summary>Haren and Ten Boer went into Groningen on 1 January 2019, as the reference data records it.</summary>
public sealed class HerindelingTests
{
    private static readonly DateOnly NewYear2019 = new(2019, 1, 1);
    private static readonly Municipality Haren = new("GM0017", "Haren", "PV20", "Groningen", new DateOnly(1970, 1, 1), NewYear2019);
    private static readonly Municipality TenBoer = new("GM0009", "Ten Boer", "PV20", "Groningen", new DateOnly(1970, 1, 1), NewYear2019);
    private static readonly Municipality Groningen = new("GM0014", "Groningen", "PV20", "Groningen", new DateOnly(1970, 1, 1), null);
    private static readonly Municipality HetHogeland = new("GM1966", "Het Hogeland", "PV20", "Groningen", NewYear2019, null);

    private static ILookup<string, Municipality> Records(params Municipality[] more) =>
        new[] { Haren, TenBoer, Groningen, HetHogeland, Barendrecht }.Concat(more).ToLookup(m => m.Code);

    private static Herindeling IntoGroningen() => Herindeling.Declare(NewYear2019, ["GM0017", "GM0009"], "GM0014", Records());

    private static Collaboration Of(params Joining[] participants) =>
        Collaboration.Start("Samenwerking Groningen", null, Dimensions.Unknown, participants, ByAdviser);

    [Fact]
    public void Declared_only_when_the_reference_data_ends_each_municipality_on_the_date()
    {
        var refusal = Assert.Throws<DomainRuleViolationException>(() => Herindeling.Declare(NewYear2019, ["GM0489"], "GM0014", Records()));

        Assert.Equal("municipality-does-not-end", refusal.ProblemType);
        Assert.Equal("GM0489", refusal.Extensions["municipalityCode"]);
        Assert.Equal(["GM0009", "GM0017"], IntoGroningen().EndingCodes);
    }

    [Fact]
    public void The_successor_exists_on_the_date_and_is_the_one_the_reference_data_names()
    {
        var notYet = Assert.Throws<DomainRuleViolationException>(() =>
            Herindeling.Declare(NewYear2019, ["GM0017"], "GM1966",
                new[] { Haren, new Municipality("GM1966", "Het Hogeland", "PV20", "Groningen", new DateOnly(2020, 1, 1), null) }.ToLookup(m => m.Code)));
        var named = new Municipality("GM0017", "Haren", "PV20", "Groningen", new DateOnly(1970, 1, 1), NewYear2019, "GM0014");
        var differs = Assert.Throws<DomainRuleViolationException>(() =>
            Herindeling.Declare(NewYear2019, ["GM0017"], "GM1966", new[] { named, Groningen, HetHogeland }.ToLookup(m => m.Code)));

        Assert.Equal("successor-not-in-force", notYet.ProblemType);
        Assert.Equal("successor-differs", differs.ProblemType);
        Assert.Equal("GM0014", differs.Extensions["successorCode"]);
    }

    [Fact]
    public void Participations_end_with_reason_herindeling_and_the_successor_joins_as_centrumgemeente()
    {
        var collaboration = Of(Joins(Haren, 2015, ParticipantRole.Centrumgemeente), Joins(TenBoer, 2015), Joins(Barendrecht, 2015));

        var changes = collaboration.UndergoHerindeling(IntoGroningen(), Groningen, ByAdviser);

        Assert.Equal([HerindelingChangeKind.ParticipationEnds, HerindelingChangeKind.ParticipationEnds, HerindelingChangeKind.SuccessorJoins,
            HerindelingChangeKind.CentrumgemeentePasses], changes.Select(c => c.Kind));
        Assert.All(collaboration.Participants.Where(p => p.MunicipalityCode is "GM0017" or "GM0009"), p =>
        {
            Assert.Equal(NewYear2019, p.LeftOn);
            Assert.Equal("herindeling", p.WithdrawalReason);
        });
        var groningen = collaboration.ActiveParticipants.Single(p => p.MunicipalityCode == "GM0014");
        Assert.Equal((NewYear2019, ParticipantRole.Centrumgemeente), (groningen.JoinedOn, groningen.Role));
        Assert.Equal(2, collaboration.ActiveParticipantCount);
        Assert.Equal(2, collaboration.NewHistory.Count(h => h.Kind == HistoryEntryKind.ParticipantSucceeded));
        Assert.Contains(collaboration.NewHistory, h => h.Kind == HistoryEntryKind.CentrumgemeenteSucceeded);
    }

    [Fact]
    public void A_successor_already_taking_part_keeps_its_participation_and_the_bronhouder_passes()
    {
        var collaboration = Of(Joins(Haren, 2015), Joins(Groningen, 2015));
        collaboration.Edit("Samenwerking Groningen", null,
            Dimensions.Unknown with { LegalForm = new LegalForm(LegalKind.Publiekrechtelijk, LegalInstrument.Centrumgemeente) }, ByAdviser,
            new RegisterEntry { Bronhouder = "GM0017" });

        var changes = collaboration.UndergoHerindeling(IntoGroningen(), Groningen, ByAdviser);

        Assert.Contains(changes, c => c.Kind == HerindelingChangeKind.SuccessorAlreadyTakesPart);
        Assert.Equal(new DateOnly(2015, 1, 1), collaboration.ActiveParticipants.Single().JoinedOn);
        Assert.Equal("GM0014", collaboration.RegisterEntry.Bronhouder);
    }

    [Fact]
    public void A_legal_succession_may_leave_one_participant_in_any_phase_and_applying_again_changes_nothing()
    {
        var collaboration = Of(Joins(Haren, 2015), Joins(TenBoer, 2015));
        collaboration.UndergoHerindeling(IntoGroningen(), Groningen, ByAdviser);
        var version = collaboration.UpdatedAt;
        var lines = collaboration.NewHistory.Count;

        var again = collaboration.UndergoHerindeling(IntoGroningen(), Groningen, ByAdviser);

        Assert.Equal("GM0014", collaboration.ActiveParticipants.Single().MunicipalityCode);
        Assert.Empty(again);
        Assert.Equal((version, lines), (collaboration.UpdatedAt, collaboration.NewHistory.Count));
    }

    [Fact]
    public void Not_applied_before_its_date_but_planned_any_time()
    {
        var collaboration = Of(Joins(Haren, 2015), Joins(Barendrecht, 2015));
        var before = ByAdviser with { Today = new DateOnly(2018, 12, 31) };

        var refusal = Assert.Throws<DomainRuleViolationException>(() => collaboration.UndergoHerindeling(IntoGroningen(), Groningen, before));

        Assert.Equal("herindeling-not-yet-in-effect", refusal.ProblemType);
        Assert.Equal(2, collaboration.PlanHerindeling(IntoGroningen()).Count);
        Assert.All(collaboration.Participants, p => Assert.Null(p.LeftOn));
    }
}
