using System.Text.Json.Nodes;

namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>Shortcuts for setting up collaborations through the public API, as a client would.</summary>
public static class CollaborationApi
{
    public const string Path = "/api/v1/collaborations";

    public static string UniqueName(string prefix = "Samenwerking") => $"{prefix} {Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 200)];

    public static object Participant(string code, string? joinedOn = "2020-01-01", string? role = null) =>
        role is null ? new { municipalityCode = code, joinedOn } : new { municipalityCode = code, joinedOn, role };

    /// <summary>
    /// A collaboration between Barendrecht and Albrandswaard unless told otherwise. <paramref name="extra"/> holds more
    /// fields of the request body as the client writes them (an anonymous object or a dictionary, e.g. a
    /// <see cref="DimensionSets"/> set): its JSON members are added to the body, and replace a name or participants given here.
    /// </summary>
    public static async Task<Created> CreateAsync(this HttpClient client, string? name = null, object[]? participants = null,
        object? extra = null)
    {
        var body = new JsonObject
        {
            ["name"] = name ?? UniqueName(),
            ["participants"] = JsonSerializer.SerializeToNode(participants ?? [Participant("GM0489"), Participant("GM0613")], JsonSerializerOptions.Web),
        };
        if (extra is not null)
        {
            foreach (var (field, value) in JsonSerializer.SerializeToNode(extra, JsonSerializerOptions.Web)!.AsObject())
            {
                body[field] = value?.DeepClone();
            }
        }

        var response = await client.PostAsJsonAsync(Path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Created(json.GetProperty("id").GetGuid(), response.Headers.ETag!.Tag, json, response);
    }

    public static async Task<(JsonElement Body, string ETag)> GetCollaborationAsync(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"{Path}/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.Tag);
    }

    public static async Task<HttpResponseMessage> SendWithIfMatchAsync(this HttpClient client, HttpMethod method, string path,
        string? etag, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await client.SendAsync(request);
    }

    public sealed record Created(Guid Id, string ETag, JsonElement Body, HttpResponseMessage Response)
    {
        public string Url => $"{Path}/{Id}";
    }
}
