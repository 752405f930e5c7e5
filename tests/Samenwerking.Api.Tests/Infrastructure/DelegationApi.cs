namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>Granting and withdrawing delegations, and the tokens of the advisers who act under them.</summary>
public static class DelegationApi
{
    public static readonly string[] EveryChange = ["roles", "developmentAndLearning", "evaluations", "descriptionAndChoices"];

    /// <summary>The Dutch calendar day may be ahead of UTC's: dates this far from it are on the same side in both.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string Path(Guid collaborationId) => $"{CollaborationApi.Path}/{collaborationId}/delegations";

    /// <summary>An adviser's token: read and write, a subject and a name, no municipality.</summary>
    public static HttpClient Adviser(this ApiFactory api, string subject, string name = "Eva Jansen") =>
        api.ClientWithToken(TestTokens.Create([TestTokens.ReadScope, TestTokens.WriteScope], subject: subject, name: name));

    public static object Grant(string subject, string[] changes, DateOnly? from = null, DateOnly? until = null, string? grantedBy = null,
        string name = "Eva Jansen", string organisation = "Adviesbureau Noord") => new
    {
        delegateSubject = subject,
        delegateName = name,
        organisation,
        changes,
        validFrom = (from ?? Today.AddDays(-2)).ToString("yyyy-MM-dd"),
        validUntil = (until ?? Today.AddDays(30)).ToString("yyyy-MM-dd"),
        grantedBy,
    };

    /// <summary>Grants and returns the delegation's id; fails the test when refused.</summary>
    public static async Task<Guid> GrantAsync(this HttpClient client, Guid collaborationId, object grant)
    {
        var response = await client.PostAsJsonAsync(Path(collaborationId), grant);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task WithdrawAsync(this HttpClient client, Guid collaborationId, Guid delegationId, string reason = "Opdracht afgerond")
    {
        var response = await client.DeleteAsync($"{Path(collaborationId)}/{delegationId}?reason={Uri.EscapeDataString(reason)}");
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }
}
