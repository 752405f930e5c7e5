using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Api.Authentication;

namespace Samenwerking.Api.Tests.Authorization;

/// <summary>The tokens build/run.sh prints: an administrator's that may do everything, and a municipal user's.</summary>
public sealed class DevelopmentTokenTests(ApiFactory api)
{
    private AuthenticationSettings Settings => api.Services.GetRequiredService<AuthenticationSettings>();

    [Fact]
    public async Task The_default_development_token_may_do_everything()
    {
        var administrator = api.ClientWithToken(DevelopmentToken.Create(Settings, TimeSpan.FromMinutes(5)));

        var framework = await administrator.PostAsJsonAsync(EvaluationApi.FrameworksPath, new
        {
            name = CollaborationApi.UniqueName("Kader"),
            description = "Een kader voor de test.",
            criteria = new[] { EvaluationApi.Criterion("eersteCriterium") },
        });

        Assert.Equal(HttpStatusCode.Created, framework.StatusCode);
    }

    [Fact]
    public async Task A_municipal_development_token_acts_for_its_municipality_only()
    {
        var zaanstad = api.ClientWithToken(DevelopmentToken.Create(Settings, TimeSpan.FromMinutes(5), "GM0479"));
        var theirs = await api.Writer().CreateAsync();

        await zaanstad.CreateAsync(participants: [CollaborationApi.Participant("GM0479")]);
        var refused = await zaanstad.PostAsJsonAsync($"{CollaborationApi.Path}/{theirs.Id}/participants", CollaborationApi.Participant("GM0479"));

        await refused.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("not-a-participating-municipality"));
    }

    [Fact]
    public void An_advisers_token_names_its_person_and_organisation_and_no_municipality()
    {
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(DevelopmentToken.Create(Settings, TimeSpan.FromMinutes(5),
            DevelopmentAdviser.Parse("sub=adviseur-1, name=Eva Jansen, organisation=Adviesbureau Noord")));

        Assert.Equal("adviseur-1", token.Subject);
        Assert.Equal("Eva Jansen", token.GetClaim("name").Value);
        Assert.Equal("Adviesbureau Noord", token.GetClaim("organisation").Value);
        Assert.False(token.TryGetClaim(Settings.MunicipalityClaim, out _));
        Assert.Equal("samenwerking.read samenwerking.write", token.GetClaim("scope").Value);
    }

    [Theory]
    [InlineData("name=Eva Jansen")]
    [InlineData("sub=,name=Eva")]
    [InlineData("sub=a,gemeente=GM0479")]
    public void An_adviser_needs_a_subject_and_nothing_else_than_a_name_and_organisation(string value) =>
        Assert.Throws<ArgumentException>(() => DevelopmentAdviser.Parse(value));
}
