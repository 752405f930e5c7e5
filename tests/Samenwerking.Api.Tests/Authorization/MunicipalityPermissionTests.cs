using System.Security.Claims;
using Samenwerking.Api.Authentication;

namespace Samenwerking.Api.Tests.Authorization;

/// <summary>What a municipality may do in a collaboration it shares with others, and how a refusal reads.</summary>
public sealed class MunicipalityPermissionTests(ApiFactory api)
{
    private const string Ridderkerk = "GM0597";
    private const string Barendrecht = "GM0489";
    private const string Albrandswaard = "GM0613";
    private const string Amsterdam = "GM0363";

    [Fact]
    public async Task A_municipality_records_its_own_decision_but_not_its_partners()
    {
        var collaboration = await api.Writer().CreateAsync();
        var barendrecht = api.MunicipalUser(Barendrecht);

        var own = await barendrecht.DecideAsync(collaboration.Id, Barendrecht, "raad", "zienswijze");
        var partners = await barendrecht.DecideAsync(collaboration.Id, Albrandswaard, "raad", "zienswijze");

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var problem = await partners.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("not-your-municipality"));
        Assert.Equal(Albrandswaard, problem.GetProperty("requiredMunicipality").GetString());
        Assert.Contains(Albrandswaard, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_records_any_municipalitys_decision_and_the_history_says_so()
    {
        var collaboration = await api.Writer().CreateAsync();

        var recorded = await api.Writer().DecideAsync(collaboration.Id, Albrandswaard, "raad", "zienswijze");

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal("Test User (administrator)", (await LatestHistoryAsync(collaboration.Id)).GetProperty("actorName").GetString());
    }

    [Fact]
    public async Task A_municipality_records_its_own_withdrawal_but_not_its_partners()
    {
        var collaboration = await OperatingWithThreeAsync();
        var barendrecht = api.MunicipalUser(Barendrecht);
        var withdrawal = new { leftOn = "2024-12-31", reason = "De raad besloot tot uittreding." };

        var partners = await barendrecht.PostAsJsonAsync($"{CollaborationApi.Path}/{collaboration.Id}/participants/{Albrandswaard}/withdrawal", withdrawal);
        var own = await barendrecht.PostAsJsonAsync($"{CollaborationApi.Path}/{collaboration.Id}/participants/{Barendrecht}/withdrawal", withdrawal);

        var problem = await partners.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("not-your-municipality"));
        Assert.Equal(Albrandswaard, problem.GetProperty("requiredMunicipality").GetString());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task A_municipality_that_withdrew_no_longer_changes_the_collaboration()
    {
        var collaboration = await OperatingWithThreeAsync();
        var barendrecht = api.MunicipalUser(Barendrecht);
        var left = await barendrecht.PostAsJsonAsync($"{CollaborationApi.Path}/{collaboration.Id}/participants/{Barendrecht}/withdrawal",
            new { leftOn = "2024-12-31", reason = "De raad besloot tot uittreding." });
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);

        var schedule = await barendrecht.PutAsJsonAsync($"{CollaborationApi.Path}/{collaboration.Id}/evaluation-schedule", new { evaluationIntervalYears = 2 });

        var problem = await schedule.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("not-a-participating-municipality"));
        Assert.Equal([Ridderkerk, Albrandswaard], problem.GetProperty("requiredMunicipalities").EnumerateArray().Select(c => c.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal([Barendrecht], problem.GetProperty("yourMunicipalities").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task The_history_names_the_municipality_a_user_acted_for()
    {
        var collaboration = await api.MunicipalUser(Barendrecht).CreateAsync();

        var added = await api.MunicipalUser(Albrandswaard, Amsterdam).PostAsJsonAsync($"{CollaborationApi.Path}/{collaboration.Id}/participants",
            CollaborationApi.Participant("GM0599"));

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("Jan de Vries (Albrandswaard)", (await LatestHistoryAsync(collaboration.Id)).GetProperty("actorName").GetString());
        var history = await api.Reader().GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}/{collaboration.Id}/history");
        Assert.Equal("Jan de Vries (Barendrecht)", history.GetProperty("items").EnumerateArray().Last().GetProperty("actorName").GetString());
    }

    [Fact]
    public async Task A_municipality_does_not_create_a_collaboration_for_others()
    {
        var response = await api.MunicipalUser(Amsterdam).PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = CollaborationApi.UniqueName("Zonder Amsterdam"),
            participants = new[] { CollaborationApi.Participant(Barendrecht), CollaborationApi.Participant(Albrandswaard) },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("not-a-participating-municipality"));
        Assert.Equal([Barendrecht, Albrandswaard], problem.GetProperty("requiredMunicipalities").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Only_administrators_define_evaluation_frameworks()
    {
        var response = await api.MunicipalUser(Barendrecht).PostAsJsonAsync(EvaluationApi.FrameworksPath, new
        {
            name = CollaborationApi.UniqueName("Kader"),
            description = "Een kader voor de test.",
            criteria = new[] { EvaluationApi.Criterion("eersteCriterium") },
        });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("administrators-only"));
    }

    [Fact]
    public async Task Refusals_speak_Dutch_when_asked()
    {
        var collaboration = await api.Writer().CreateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{CollaborationApi.Path}/{collaboration.Id}/participants")
        {
            Content = JsonContent.Create(CollaborationApi.Participant("GM0599")),
        };
        request.Headers.AcceptLanguage.ParseAdd("nl");

        var response = await api.MunicipalUser(Amsterdam).SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("not-a-participating-municipality"));
        Assert.Equal("Uw gemeente neemt niet deel", problem.GetProperty("title").GetString());
        Assert.StartsWith("Alleen een gebruiker die optreedt voor een actieve deelnemer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_stays_open_to_every_reader()
    {
        var collaboration = await api.MunicipalUser(Barendrecht).CreateAsync();

        var read = await api.ClientWith(TestTokens.ReadScope).GetAsync($"{CollaborationApi.Path}/{collaboration.Id}");
        var readByOutsider = await api.MunicipalUser(Amsterdam).GetAsync($"{CollaborationApi.Path}/{collaboration.Id}/history");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readByOutsider.StatusCode);
    }

    [Theory]
    [InlineData("GM0489", new[] { "GM0489" })]
    [InlineData("GM0489 gm0613", new[] { "GM0489", "GM0613" })]
    [InlineData("[\"GM0613\",\"GM0489\"]", new[] { "GM0489", "GM0613" })]
    [InlineData("not-a-code", new string[0])]
    public void The_municipality_claim_holds_one_code_several_or_a_JSON_array(string claim, string[] expected)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("groups", claim)]));

        Assert.Equal(expected, MunicipalityClaims.Read(user, "groups"));
    }

    [Fact]
    public async Task A_JSON_array_claim_in_a_token_grants_each_municipality()
    {
        var collaboration = await api.Writer().CreateAsync();
        var token = TestTokens.Create([TestTokens.ReadScope, TestTokens.WriteScope], municipalityClaims: ["[\"GM0363\",\"GM0613\"]"]);

        var response = await api.ClientWithToken(token).DecideAsync(collaboration.Id, Albrandswaard, "raad", "zienswijze");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>In implementatie with Ridderkerk as a third participant, so one may withdraw without leaving a single one.</summary>
    private async Task<CollaborationApi.Created> OperatingWithThreeAsync()
    {
        var collaboration = await api.Writer().RegisterAsync("implementatie", null);
        var joined = await api.Writer().PostAsJsonAsync($"{CollaborationApi.Path}/{collaboration.Id}/participants", CollaborationApi.Participant(Ridderkerk, "2016-01-01"));
        Assert.Equal(HttpStatusCode.Created, joined.StatusCode);
        return collaboration;
    }

    private async Task<JsonElement> LatestHistoryAsync(Guid id) =>
        (await api.Reader().GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}/{id}/history")).GetProperty("items")[0];
}
