using Samenwerking.Domain.Authorization;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Delegations;
using Samenwerking.Domain.Events;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Domain.Tests.Authorization;

/// <summary>A person acting for a participating municipality under a delegation, and who grants and withdraws one.</summary>
public sealed class DelegatePermissionsTests
{
    private static readonly DateOnly Today = new(2025, 3, 1);
    private static readonly ChangeContext ByZaanstad = new(new Actor("z", "Jan de Vries (Zaanstad)"), new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero), Today);

    private static readonly Municipality Zaanstad = new("GM0479", "Zaanstad", "PV27", "Noord-Holland", new DateOnly(1974, 1, 1), null);
    private static readonly Municipality Wormerland = new("GM0880", "Wormerland", "PV27", "Noord-Holland", new DateOnly(1991, 1, 1), null);
    private static readonly Municipality Oostzaan = new("GM0431", "Oostzaan", "PV27", "Noord-Holland", new DateOnly(1900, 1, 1), null);

    private static readonly ActingUser Adviser = new(new Actor("adviseur-1", "Eva Jansen"), [], IsAdministrator: false);

    private static Collaboration Shared() => Collaboration.Start("Zaanstreek samen", null, Dimensions.Unknown,
        [new Joining(Zaanstad, Today, ParticipantRole.Deelnemer), new Joining(Wormerland, Today, ParticipantRole.Deelnemer),
            new Joining(Oostzaan, Today, ParticipantRole.Deelnemer)], ByZaanstad);

    private static Delegation Grant(Collaboration collaboration, DateOnly from, DateOnly until, params DelegatedChange[] changes) =>
        Delegation.Grant(collaboration, "GM0479", new DelegationFacts("adviseur-1", "Eva Jansen", "Adviesbureau Noord", changes, from, until), ByZaanstad);

    private static string Refusal(Action act) => Assert.Throws<DomainRuleViolationException>(act).ProblemType;

    [Fact]
    public void A_delegate_makes_the_changes_the_delegation_covers_for_the_municipality_that_granted_it()
    {
        var collaboration = Shared();
        var delegation = Grant(collaboration, Today, Today.AddMonths(6), DelegatedChange.Roles);

        var capacity = DelegatePermissions.ToChange(collaboration, Adviser, DelegatedChange.Roles, [delegation], Today);

        Assert.Equal("GM0479", capacity.MunicipalityCode);
        Assert.Equal(new DelegateAuthority(delegation.Id, "Adviesbureau Noord"), capacity.Delegate);
    }

    [Fact]
    public void A_change_the_delegation_does_not_cover_is_refused_naming_the_change_and_what_it_covers()
    {
        var collaboration = Shared();
        var delegation = Grant(collaboration, Today, Today.AddMonths(6), DelegatedChange.Roles, DelegatedChange.Evaluations);

        var refusal = Assert.Throws<DomainRuleViolationException>(() =>
            DelegatePermissions.ToChange(collaboration, Adviser, DelegatedChange.DescriptionAndChoices, [delegation], Today));

        Assert.Equal("not-delegated-for-change", refusal.ProblemType);
        Assert.Equal(DelegatedChange.DescriptionAndChoices, refusal.Extensions["requestedChange"]);
        Assert.Equal(new[] { DelegatedChange.Roles, DelegatedChange.Evaluations }, refusal.Extensions["delegatedChanges"]);
        Assert.Equal(collaboration.Id, refusal.Extensions["collaborationId"]);
    }

    [Fact]
    public void An_expired_delegation_has_ended_on_its_last_day()
    {
        var collaboration = Shared();
        var delegation = Grant(collaboration, Today.AddYears(-1), Today.AddDays(-1), DelegatedChange.Roles);

        var refusal = Assert.Throws<DomainRuleViolationException>(() =>
            DelegatePermissions.ToChange(collaboration, Adviser, DelegatedChange.Roles, [delegation], Today));

        Assert.Equal("delegation-ended", refusal.ProblemType);
        Assert.Equal(Today.AddDays(-1), refusal.Extensions["endedOn"]);
        Assert.Equal(DelegationStanding.Expired, delegation.StandingOn(Today, collaboration));
    }

    [Fact]
    public void The_last_day_still_counts_and_the_first_has_to_come()
    {
        var collaboration = Shared();
        var lastDay = Grant(collaboration, Today.AddMonths(-1), Today, DelegatedChange.Roles);
        var later = Grant(collaboration, Today.AddDays(1), Today.AddMonths(1), DelegatedChange.Roles);

        Assert.Equal("GM0479", DelegatePermissions.ToChange(collaboration, Adviser, DelegatedChange.Roles, [lastDay], Today).MunicipalityCode);
        Assert.Equal("not-delegated-for-change", Refusal(() => DelegatePermissions.ToChange(collaboration, Adviser, DelegatedChange.Roles, [later], Today)));
    }

    [Fact]
    public void A_withdrawn_delegation_has_ended_at_once_and_a_second_withdrawal_changes_nothing()
    {
        var collaboration = Shared();
        var delegation = Grant(collaboration, Today, Today.AddMonths(6), DelegatedChange.Roles);

        delegation.Withdraw(collaboration, "Opdracht afgerond", ByZaanstad);
        delegation.Withdraw(collaboration, "Nog eens", ByZaanstad);

        Assert.Equal("delegation-ended", Refusal(() => DelegatePermissions.ToChange(collaboration, Adviser, DelegatedChange.Roles, [delegation], Today)));
        Assert.Equal("Opdracht afgerond", delegation.WithdrawalReason);
        Assert.Equal([true, false], delegation.DomainEvents.OfType<DelegationChanged>().Select(e => e.Granted));
    }

    [Fact]
    public void A_delegation_ends_when_the_municipality_that_granted_it_no_longer_takes_part()
    {
        var collaboration = Shared();
        var delegation = Grant(collaboration, Today, Today.AddMonths(6), DelegatedChange.Roles);

        collaboration.Remove("GM0479", ByZaanstad);

        var refusal = Assert.Throws<DomainRuleViolationException>(() =>
            DelegatePermissions.ToChange(collaboration, Adviser, DelegatedChange.Roles, [delegation], Today));
        Assert.Equal("delegation-ended", refusal.ProblemType);
        Assert.Equal("GM0479", refusal.Extensions["grantedBy"]);
        Assert.Equal(DelegationStanding.GrantorLeft, delegation.StandingOn(Today, collaboration));
    }

    [Fact]
    public void A_delegation_on_another_collaboration_grants_nothing_here()
    {
        var elsewhere = Grant(Shared(), Today, Today.AddMonths(6), DelegatedChange.Roles);

        Assert.Equal("not-a-participating-municipality",
            Refusal(() => DelegatePermissions.ToChange(Shared(), Adviser, DelegatedChange.Roles, [elsewhere], Today)));
    }

    [Fact]
    public void Only_persons_act_as_delegates_a_municipal_user_of_an_outsider_does_not()
    {
        var collaboration = Shared();
        var delegation = Grant(collaboration, Today, Today.AddMonths(6), DelegatedChange.Roles);
        var outsider = new ActingUser(new Actor("adviseur-1", "Eva Jansen"), ["GM0363"], IsAdministrator: false);

        Assert.Equal("not-a-participating-municipality",
            Refusal(() => DelegatePermissions.ToChange(collaboration, outsider, DelegatedChange.Roles, [delegation], Today)));
    }

    [Fact]
    public void An_active_participant_grants_for_itself_an_administrator_names_the_municipality_and_a_delegate_cannot()
    {
        var collaboration = Shared();
        var administrator = new ActingUser(new Actor("a", "Beheerder"), [], IsAdministrator: true);

        Assert.Equal("GM0880", DelegatePermissions.ToGrant(collaboration, new ActingUser(new Actor("w", "W"), ["GM0880"], false), null).MunicipalityCode);
        Assert.Equal("GM0431", DelegatePermissions.ToGrant(collaboration, administrator, "GM0431").MunicipalityCode);
        Assert.Equal("granting-municipality-required", Refusal(() => DelegatePermissions.ToGrant(collaboration, administrator, null)));
        Assert.Equal("not-a-participating-municipality",
            Refusal(() => DelegatePermissions.ToGrant(collaboration, new ActingUser(new Actor("w", "W"), ["GM0880"], false), "GM0479")));
        Assert.Equal("not-a-participating-municipality", Refusal(() => DelegatePermissions.ToGrant(collaboration, Adviser, null)));
    }

    [Fact]
    public void A_delegation_ends_after_it_starts_and_covers_something()
    {
        var collaboration = Shared();

        Assert.Throws<ArgumentException>(() => Grant(collaboration, Today, Today.AddDays(-1), DelegatedChange.Roles));
        Assert.Throws<ArgumentException>(() => Grant(collaboration, Today, Today.AddDays(1)));
    }
}
