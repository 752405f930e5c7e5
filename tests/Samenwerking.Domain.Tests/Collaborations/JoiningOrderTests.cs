using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Decisions;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Roles;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;

namespace Samenwerking.Domain.Tests.Collaborations;

public sealed class JoiningOrderTests
{
    [Fact]
    public void Participants_are_ordered_by_join_date_then_by_the_order_they_were_added()
    {
        var collaboration = Collaboration.Start("Ridderkerk en omstreken", null, Dimensions.Unknown, [Joins(Albrandswaard), Joins(Barendrecht)], ByAdviser);
        collaboration.Join(Joins(Ridderkerk), ByAdviser);
        collaboration.Join(new Joining(Haarlemmerliede, new DateOnly(2018, 12, 31)), ByAdviser);

        Assert.Equal(["GM0393", "GM0613", "GM0489", "GM0597"], collaboration.Participants.InJoiningOrder().Select(p => p.MunicipalityCode));
        Assert.Equal([1, 2, 3, 4], collaboration.Participants.Select(p => p.Ordinal));
    }

    [Fact]
    public void A_participant_added_after_a_removal_comes_after_every_remaining_one()
    {
        var collaboration = InVerkenning();
        collaboration.Remove(Albrandswaard.Code, ByAdviser);

        var ridderkerk = collaboration.Join(Joins(Ridderkerk), ByAdviser);

        Assert.All(collaboration.Participants.Where(p => p != ridderkerk), p => Assert.True(p.Ordinal < ridderkerk.Ordinal));
        Assert.Equal(["GM0489", "GM0597"], collaboration.Participants.InJoiningOrder().Select(p => p.MunicipalityCode));
    }

    [Fact]
    public void A_history_entry_keeps_what_it_is_about()
    {
        var collaboration = InVerkenning();

        var decision = collaboration.RecordDecision(new DecisionFacts("GM0613", DecisionBody.Raad, DecisionKind.Zienswijze, Today, DecisionOutcome.Positief), ByAdviser);
        var decided = collaboration.NewHistory[^1];
        var role = collaboration.AssignRole(new RoleFacts(RoleKind.Projectleider, "P. Leider", "Gemeente Barendrecht"), ByAdviser);
        var assigned = collaboration.NewHistory[^1];
        collaboration.RemoveRole(role.Id, ByAdviser);
        var removed = collaboration.NewHistory[^1];

        Assert.Equal(HistoryEntryKind.DecisionRecorded, decided.Kind);
        Assert.Equal(decision.Id, decided.SubjectId);
        Assert.Equal("GM0613", decided.MunicipalityCode);
        Assert.Equal(role.Id, assigned.SubjectId);
        Assert.Null(assigned.MunicipalityCode);
        Assert.Equal(HistoryEntryKind.RoleRemoved, removed.Kind);
        Assert.Equal(role.Id, removed.SubjectId);
    }
}
