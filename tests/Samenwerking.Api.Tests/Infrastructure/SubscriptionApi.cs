using System.Net.Http.Headers;

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

    /// <summary>The subscription as its owner reads it, with its ETag.</summary>
    public static async Task<(JsonElement Body, string ETag)> GetSubscriptionAsync(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"{Path}/{id}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.Tag);
    }

    public static Task<HttpResponseMessage> PatchSubscriptionAsync(this HttpClient client, Guid id, string? etag, string patch,
        string mediaType = "application/merge-patch+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"{Path}/{id}") { Content = new StringContent(patch, new MediaTypeHeaderValue(mediaType)) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return client.SendAsync(request);
    }
}
