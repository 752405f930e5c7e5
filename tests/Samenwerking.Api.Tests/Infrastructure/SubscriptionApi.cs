namespace Samenwerking.Api.Tests.Infrastructure;

public static class SubscriptionApi
{
    public const string Path = "/api/v1/subscriptions";

    public static async Task<(Guid Id, string Secret)> SubscribeAsync(this HttpClient client, string callbackUrl, string[] eventTypes,
        string? municipalityCode = null)
    {
        var response = await client.PostAsJsonAsync(Path, new { callbackUrl, eventTypes, municipalityCode });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("subscription").GetProperty("id").GetGuid(), body.GetProperty("secret").GetString()!);
    }
}
