using Npgsql;

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

    /// <summary>All events about one subject, once everything committed so far is visible.</summary>
    public static async Task<List<JsonElement>> EventsAboutAsync(this ApiFactory api, Guid subject)
    {
        var (events, _) = await api.ReadCaughtUpAsync($"subject={subject}&limit=1000");
        return events;
    }

    /// <summary>Reads once the feed shows everything committed before the call (see <see cref="CatchUpAsync"/>).</summary>
    public static async Task<(List<JsonElement> Events, string Cursor)> ReadCaughtUpAsync(this ApiFactory api, string query)
    {
        await api.CatchUpAsync();
        return await api.Reader().ReadEventsAsync(query);
    }

    /// <summary>
    /// Waits until the feed's horizon has passed every transaction that started before now. Other tests write
    /// in parallel, and an event stays hidden while an older transaction is still running; this makes a test's
    /// own committed events visible before it looks, without guessing a delay.
    /// </summary>
    public static async Task CatchUpAsync(this ApiFactory api)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        long marker;
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await using var take = new NpgsqlCommand("SELECT pg_current_xact_id()::text::bigint", connection, transaction);
            marker = (long)(await take.ExecuteScalarAsync())!;
            await transaction.CommitAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        await using var horizon = new NpgsqlCommand("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint", connection);
        while ((long)(await horizon.ExecuteScalarAsync())! <= marker && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }

    public static string Type(this JsonElement cloudEvent) => cloudEvent.GetProperty("type").GetString()!;

    public static JsonElement Data(this JsonElement cloudEvent) => cloudEvent.GetProperty("data");
}
