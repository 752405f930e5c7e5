using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Api.Authentication;

namespace Samenwerking.Api.Tests.Authorization;

/// <summary>
/// Advisers who work for a collaboration (issue 29): a participating municipality grants a person rights for some kinds of
/// change, any participant withdraws them, and the history and the feed say who acted on whose authority.
/// </summary>
public sealed class DelegationTests(ApiFactory api)
{
    private const string Zaanstad = "GM0479";
    private const string Wormerland = "GM0880";
    private const string Oostzaan = "GM0431";

    private static string Subject() => $"adviseur-{Guid.NewGuid():N}";

    private Task<CollaborationApi.Created> ZaanstreekAsync() => api.MunicipalUser(Zaanstad).CreateAsync(participants:
        [CollaborationApi.Participant(Zaanstad), CollaborationApi.Participant(Wormerland), CollaborationApi.Participant(Oostzaan)]);

    private static object Role(string name = "Eva Jansen") => new { kind = "projectleider", personName = name, organisation = "Adviesbureau Noord" };

    [Fact]
    public async Task A_granted_adviser_assigns_a_role_and_the_history_and_feed_say_on_whose_authority()
    {
        var collaboration = await ZaanstreekAsync();
        var subject = Subject();

        var granted = await api.MunicipalUser(Zaanstad).PostAsJsonAsync(DelegationApi.Path(collaboration.Id), DelegationApi.Grant(subject, ["roles"]));
        var assigned = await api.Adviser(subject).PostAsJsonAsync($"{collaboration.Url}/roles", Role());

        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        var delegation = await granted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith($"/collaborations/{collaboration.Id}/delegations/{delegation.GetProperty("id").GetGuid()}", granted.Headers.Location!.ToString());
        Assert.NotNull(granted.Headers.ETag);
        Assert.Equal(Zaanstad, delegation.GetProperty("grantedBy").GetString());
        Assert.Equal("inForce", delegation.GetProperty("standing").GetString());
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        var history = await api.Reader().GetFromJsonAsync<JsonElement>($"{collaboration.Url}/history");
        var line = history.GetProperty("items")[0];
        Assert.Equal("Eva Jansen (Adviesbureau Noord), namens Zaanstad", line.GetProperty("actorName").GetString());
        Assert.Equal(subject, line.GetProperty("actorSubject").GetString());
        var events = await api.EventsAboutAsync(collaboration.Id);
        Assert.Contains(events, e => e.Type() == "nl.samenwerking.delegation.granted" && e.Data().GetProperty("grantedBy").GetString() == Zaanstad);
        var roleAssigned = events.Last(e => e.Type() == "nl.samenwerking.collaboration.role-assigned");
        Assert.Equal(Zaanstad, roleAssigned.Data().GetProperty("onBehalfOf").GetString());
        Assert.Equal(delegation.GetProperty("id").GetGuid(), roleAssigned.Data().GetProperty("delegationId").GetGuid());
    }

    [Fact]
    public async Task A_delegation_is_limited_to_its_kinds_of_change_and_never_reaches_decisions_or_participation()
    {
        var collaboration = await ZaanstreekAsync();
        var subject = Subject();
        await api.MunicipalUser(Zaanstad).GrantAsync(collaboration.Id, DelegationApi.Grant(subject, ["roles"]));
        var adviser = api.Adviser(subject);

        var schedule = await adviser.PutAsJsonAsync($"{collaboration.Url}/evaluation-schedule", new { evaluationIntervalYears = 2 });
        var decision = await adviser.DecideAsync(collaboration.Id, Zaanstad, "raad", "zienswijze");
        var participant = await adviser.PostAsJsonAsync($"{collaboration.Url}/participants", CollaborationApi.Participant("GM0363"));
        var delegating = await adviser.PostAsJsonAsync(DelegationApi.Path(collaboration.Id), DelegationApi.Grant(Subject(), ["roles"]));

        var problem = await schedule.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("not-delegated-for-change"));
        Assert.Equal("evaluations", problem.GetProperty("requestedChange").GetString());
        Assert.Equal(["roles"], problem.GetProperty("delegatedChanges").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(collaboration.Id, problem.GetProperty("collaborationId").GetGuid());
        await decision.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("not-your-municipality"));
        await participant.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("not-a-participating-municipality"));
        await delegating.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("not-a-participating-municipality"));
    }

    [Fact]
    public async Task Any_participant_withdraws_a_delegation_and_it_stops_on_the_next_request()
    {
        var collaboration = await ZaanstreekAsync();
        var subject = Subject();
        var id = await api.MunicipalUser(Zaanstad).GrantAsync(collaboration.Id, DelegationApi.Grant(subject, ["roles"]));
        var adviser = api.Adviser(subject);
        Assert.Equal(HttpStatusCode.Created, (await adviser.PostAsJsonAsync($"{collaboration.Url}/roles", Role())).StatusCode);

        await api.MunicipalUser(Wormerland).WithdrawAsync(collaboration.Id, id, "Opdracht afgerond");
        var refused = await adviser.PostAsJsonAsync($"{collaboration.Url}/roles", Role());

        var problem = await refused.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("delegation-ended"));
        Assert.Equal(id, problem.GetProperty("delegationId").GetGuid());
        Assert.Equal(Zaanstad, problem.GetProperty("grantedBy").GetString());
        var withdrawn = await api.Reader().GetFromJsonAsync<JsonElement>($"{DelegationApi.Path(collaboration.Id)}/{id}");
        Assert.Equal("withdrawn", withdrawn.GetProperty("standing").GetString());
        Assert.Equal("Opdracht afgerond", withdrawn.GetProperty("withdrawalReason").GetString());
        Assert.Equal("Jan de Vries (Wormerland)", withdrawn.GetProperty("withdrawnBy").GetString());
        Assert.Contains(await api.EventsAboutAsync(collaboration.Id), e => e.Type() == "nl.samenwerking.delegation.withdrawn");
    }

    [Fact]
    public async Task An_outsider_does_not_withdraw_a_delegation()
    {
        var collaboration = await ZaanstreekAsync();
        var id = await api.MunicipalUser(Zaanstad).GrantAsync(collaboration.Id, DelegationApi.Grant(Subject(), ["roles"]));

        var response = await api.MunicipalUser("GM0363").DeleteAsync($"{DelegationApi.Path(collaboration.Id)}/{id}?reason=Weg");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("not-a-participating-municipality"));
    }

    [Fact]
    public async Task An_expired_delegation_is_refused_with_its_last_day()
    {
        var collaboration = await ZaanstreekAsync();
        var subject = Subject();
        var until = DelegationApi.Today.AddDays(-3);
        await api.MunicipalUser(Zaanstad).GrantAsync(collaboration.Id, DelegationApi.Grant(subject, ["roles"], DelegationApi.Today.AddDays(-60), until));

        var refused = await api.Adviser(subject).PostAsJsonAsync($"{collaboration.Url}/roles", Role());

        var problem = await refused.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("delegation-ended"));
        Assert.Equal(until.ToString("yyyy-MM-dd"), problem.GetProperty("endedOn").GetString());
    }

    [Fact]
    public async Task A_delegation_ends_when_its_granting_municipality_leaves()
    {
        var collaboration = await ZaanstreekAsync();
        var subject = Subject();
        await api.MunicipalUser(Zaanstad).GrantAsync(collaboration.Id, DelegationApi.Grant(subject, ["roles"]));

        var removed = await api.MunicipalUser(Wormerland).DeleteAsync($"{collaboration.Url}/participants/{Zaanstad}");
        var refused = await api.Adviser(subject).PostAsJsonAsync($"{collaboration.Url}/roles", Role());

        Assert.True(removed.IsSuccessStatusCode, await removed.Content.ReadAsStringAsync());
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("delegation-ended"));
    }

    [Fact]
    public async Task Assigning_a_role_may_grant_its_holder_a_delegation_in_the_same_request()
    {
        var collaboration = await ZaanstreekAsync();
        var subject = Subject();

        var assigned = await api.MunicipalUser(Oostzaan).PostAsJsonAsync($"{collaboration.Url}/roles", new
        {
            kind = "procesbegeleider", personName = "Piet Bakker", organisation = "Regio Zaanstreek",
            delegation = new
            {
                delegateSubject = subject, changes = new[] { "developmentAndLearning" },
                validFrom = DelegationApi.Today.AddDays(-1).ToString("yyyy-MM-dd"), validUntil = DelegationApi.Today.AddDays(90).ToString("yyyy-MM-dd"),
            },
        });
        var delegations = await api.Reader().GetFromJsonAsync<JsonElement>(DelegationApi.Path(collaboration.Id));
        var activity = await api.Adviser(subject, "Piet Bakker").PostAsJsonAsync($"{collaboration.Url}/development-activities",
            new { kind = "training", title = "Training", heldOn = DelegationApi.Today.AddDays(10).ToString("yyyy-MM-dd"), status = "gepland" });

        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        var delegation = Assert.Single(delegations.GetProperty("items").EnumerateArray());
        Assert.Equal("Piet Bakker", delegation.GetProperty("delegateName").GetString());
        Assert.Equal("Regio Zaanstreek", delegation.GetProperty("organisation").GetString());
        Assert.Equal(Oostzaan, delegation.GetProperty("grantedBy").GetString());
        Assert.Equal(1, delegations.GetProperty("page").GetProperty("totalItems").GetInt32());
        Assert.Equal(HttpStatusCode.Created, activity.StatusCode);
    }

    [Fact]
    public async Task A_delegate_cannot_grant_with_a_role_and_nothing_of_the_request_is_kept()
    {
        var collaboration = await ZaanstreekAsync();
        var subject = Subject();
        await api.MunicipalUser(Zaanstad).GrantAsync(collaboration.Id, DelegationApi.Grant(subject, ["roles"]));

        var response = await api.Adviser(subject).PostAsJsonAsync($"{collaboration.Url}/roles", new
        {
            kind = "adviseur", personName = "Kees", organisation = "Elders",
            delegation = new { delegateSubject = Subject(), changes = new[] { "roles" }, validFrom = "2026-01-01", validUntil = "2026-12-31" },
        });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("not-a-participating-municipality"));
        var roles = await api.Reader().GetFromJsonAsync<JsonElement>($"{collaboration.Url}/roles");
        Assert.Empty(roles.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task An_administrator_names_the_granting_municipality()
    {
        var collaboration = await ZaanstreekAsync();

        var unnamed = await api.Writer().PostAsJsonAsync(DelegationApi.Path(collaboration.Id), DelegationApi.Grant(Subject(), ["roles"]));
        var named = await api.Writer().PostAsJsonAsync(DelegationApi.Path(collaboration.Id), DelegationApi.Grant(Subject(), ["roles"], grantedBy: Wormerland));

        var problem = await unnamed.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Refusal("granting-municipality-required"));
        Assert.Equal(3, problem.GetProperty("activeParticipants").GetArrayLength());
        Assert.Equal(HttpStatusCode.Created, named.StatusCode);
    }

    [Fact]
    public async Task A_delegation_ends_after_it_starts_and_covers_known_changes()
    {
        var collaboration = await ZaanstreekAsync();

        var backwards = await api.MunicipalUser(Zaanstad).PostAsJsonAsync(DelegationApi.Path(collaboration.Id),
            DelegationApi.Grant(Subject(), ["roles"], DelegationApi.Today, DelegationApi.Today.AddDays(-1)));
        var nothing = await api.MunicipalUser(Zaanstad).PostAsJsonAsync(DelegationApi.Path(collaboration.Id), DelegationApi.Grant(Subject(), []));

        Assert.NotEmpty((await backwards.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("validUntil"));
        Assert.NotEmpty((await nothing.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("changes"));
    }

    [Fact]
    public async Task What_may_I_do_lists_each_collaboration_with_its_kinds_and_reason()
    {
        var collaboration = await ZaanstreekAsync();
        var subject = Subject();
        var until = DelegationApi.Today.AddDays(45);
        var id = await api.MunicipalUser(Zaanstad).GrantAsync(collaboration.Id, DelegationApi.Grant(subject, ["roles", "evaluations"], until: until));

        var asDelegate = await api.Adviser(subject).GetFromJsonAsync<JsonElement>("/api/v1/me/permissions");
        var asParticipant = await api.MunicipalUser(Oostzaan).GetFromJsonAsync<JsonElement>("/api/v1/me/permissions?pageSize=100");
        await api.MunicipalUser(Zaanstad).WithdrawAsync(collaboration.Id, id);
        var afterWithdrawal = await api.Adviser(subject).GetFromJsonAsync<JsonElement>("/api/v1/me/permissions");

        var permission = Assert.Single(asDelegate.GetProperty("items").EnumerateArray());
        Assert.Equal(collaboration.Id, permission.GetProperty("collaborationId").GetGuid());
        Assert.Equal("delegate", permission.GetProperty("reason").GetString());
        Assert.Equal(Zaanstad, permission.GetProperty("municipalityCode").GetString());
        Assert.False(permission.GetProperty("allChanges").GetBoolean());
        Assert.Equal(["roles", "evaluations"], permission.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(until.ToString("yyyy-MM-dd"), permission.GetProperty("validUntil").GetString());
        Assert.Contains(asParticipant.GetProperty("items").EnumerateArray(),
            p => p.GetProperty("collaborationId").GetGuid() == collaboration.Id && p.GetProperty("reason").GetString() == "participant");
        Assert.Empty(afterWithdrawal.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_development_token_of_an_adviser_acts_under_its_delegation_with_its_organisation()
    {
        var collaboration = await ZaanstreekAsync();
        var subject = Subject();
        await api.MunicipalUser(Zaanstad).GrantAsync(collaboration.Id, DelegationApi.Grant(subject, ["roles"], organisation: "Bureau volgens de machtiging"));
        var settings = api.Services.GetRequiredService<AuthenticationSettings>();
        var adviser = api.ClientWithToken(DevelopmentToken.Create(settings, TimeSpan.FromMinutes(5),
            DevelopmentAdviser.Parse($"sub={subject},name=Eva Jansen,organisation=Adviesbureau Noord")));

        var assigned = await adviser.PostAsJsonAsync($"{collaboration.Url}/roles", Role());

        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        var history = await api.Reader().GetFromJsonAsync<JsonElement>($"{collaboration.Url}/history");
        Assert.Equal("Eva Jansen (Adviesbureau Noord), namens Zaanstad", history.GetProperty("items")[0].GetProperty("actorName").GetString());
    }
}
