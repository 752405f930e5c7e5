namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>Reading the change feed as a consumer does: page after page, following the cursor.</summary>
public static class EventFeedApi
{
    public const string Path = "/api/v1/events";

    public static async Task<(List<JsonElement> Events, string Cursor)> ReadEventsAsync(this HttpClient client, string query)
    {
        var response = await client.GetAsync($"{Path}?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ([.. page.GetProperty("events").EnumerateArray()], page.GetProperty("cursor").GetString()!);
    }

    /// <summary>All events about one subject that are visible now.</summary>
    public static async Task<List<JsonElement>> EventsAboutAsync(this HttpClient client, Guid subject)
    {
        var (events, _) = await client.ReadEventsAsync($"subject={subject}&limit=1000");
        return events;
    }

    public static string Type(this JsonElement cloudEvent) => cloudEvent.GetProperty("type").GetString()!;

    public static JsonElement Data(this JsonElement cloudEvent) => cloudEvent.GetProperty("data");
}
