using Samenwerking.Domain.Authorization;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Domain.Tests.Authorization;

public sealed class PermissionsTests
{
    private static readonly DateOnly Today = new(2025, 3, 1);
    private static readonly ChangeContext BySystem = new(Actor.System, new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero), Today);

    private static readonly Municipality Barendrecht = new("GM0489", "Barendrecht", "PV28", "Zuid-Holland", new DateOnly(1900, 1, 1), null);
    private static readonly Municipality Albrandswaard = new("GM0613", "Albrandswaard", "PV28", "Zuid-Holland", new DateOnly(1985, 1, 1), null);

    private static Collaboration Shared() => Collaboration.Start("Samenwerking Barendrecht-Albrandswaard", null, Dimensions.Unknown,
        [new Joining(Barendrecht, Today, ParticipantRole.Deelnemer), new Joining(Albrandswaard, Today, ParticipantRole.Deelnemer)], BySystem);

    private static ActingUser User(params string[] municipalities) => new(new Actor("u", "Jan de Vries"), municipalities, IsAdministrator: false);

    private static readonly ActingUser Administrator = new(new Actor("a", "Beheerder"), [], IsAdministrator: true);

    [Fact]
    public void An_active_participants_user_changes_it_for_that_municipality() =>
        Assert.Equal("GM0613", Permissions.ToChange(Shared(), User("GM0363", "GM0613")).MunicipalityCode);

    [Fact]
    public void Anyone_else_is_refused_with_the_municipalities_that_would_do()
    {
        var refusal = Assert.Throws<DomainRuleViolationException>(() => Permissions.ToChange(Shared(), User("GM0363")));

        Assert.Equal("not-a-participating-municipality", refusal.ProblemType);
        Assert.Equal(new[] { "GM0489", "GM0613" }, refusal.Extensions["requiredMunicipalities"]);
    }

    [Fact]
    public void An_administrator_may_change_anything_as_administrator() =>
        Assert.True(Permissions.ToChange(Shared(), Administrator).IsAdministrator);

    [Fact]
    public void Decisions_and_withdrawal_are_the_municipalitys_own()
    {
        Assert.Equal("GM0489", Permissions.ToActFor("GM0489", User("GM0489")).MunicipalityCode);
        Assert.Equal("not-your-municipality",
            Assert.Throws<DomainRuleViolationException>(() => Permissions.ToActFor("GM0613", User("GM0489"))).ProblemType);
        Assert.True(Permissions.ToActFor("GM0613", Administrator).IsAdministrator);
    }

    [Fact]
    public void A_founder_must_be_among_the_participants()
    {
        Assert.Equal("GM0489", Permissions.ToCreate(["GM0613", "GM0489"], User("GM0489")).MunicipalityCode);
        Assert.Equal("not-a-participating-municipality",
            Assert.Throws<DomainRuleViolationException>(() => Permissions.ToCreate(["GM0613"], User("GM0489"))).ProblemType);
    }

    [Fact]
    public void Only_administrators_administer()
    {
        Assert.Equal("administrators-only", Assert.Throws<DomainRuleViolationException>(() => Permissions.ToAdminister(User("GM0489"))).ProblemType);
        Assert.True(Permissions.ToAdminister(Administrator).IsAdministrator);
    }
}
