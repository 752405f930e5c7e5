using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;

namespace Samenwerking.Domain.Tests.Collaborations;

public sealed class ActiveParticipantCountTests
{
    [Fact]
    public void A_started_collaboration_counts_its_first_participants() =>
        Assert.Equal(2, InVerkenning().ActiveParticipantCount);

    [Fact]
    public void Joining_and_removal_change_the_count()
    {
        var collaboration = InVerkenning();

        collaboration.Join(Joins(Ridderkerk), ByAdviser);
        Assert.Equal(3, collaboration.ActiveParticipantCount);

        collaboration.Remove("GM0613", ByAdviser);
        Assert.Equal(2, collaboration.ActiveParticipantCount);
    }

    [Fact]
    public void A_withdrawn_participant_is_no_longer_counted_though_it_stays_a_participant()
    {
        var collaboration = Collaboration.Register("BUCH", null, AllDecided, [Joins(Barendrecht, 2017), Joins(Albrandswaard, 2017), Joins(Ridderkerk, 2017)],
            Phase.Implementatie, null, ByAdviser, CompleteRegister);

        collaboration.Withdraw("GM0597", new DateOnly(2024, 1, 1), "Zelfstandig verder", ByAdviser);

        Assert.Equal(2, collaboration.ActiveParticipantCount);
        Assert.Equal(3, collaboration.Participants.Count);
    }

    [Fact]
    public void A_refused_change_leaves_the_count()
    {
        var collaboration = InVerkenning();

        Assert.Throws<DomainRuleViolationException>(() => collaboration.Join(Joins(Barendrecht), ByAdviser));

        Assert.Equal(2, collaboration.ActiveParticipantCount);
    }
}
