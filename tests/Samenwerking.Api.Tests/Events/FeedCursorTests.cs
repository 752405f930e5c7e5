using Npgsql;

namespace Samenwerking.Api.Tests.Events;

/// <summary>
/// Where a cursor leads: a new follower starts at the present with <c>after=now</c>, and a filtered read that finds
/// nothing moves its cursor past what it looked at, without ever passing an event that commits later.
/// </summary>
public sealed class FeedCursorTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task A_new_follower_starts_at_the_present_without_paging_through_history()
    {
        var before = await writer.CreateAsync();
        await api.CatchUpAsync();

        var (atNow, now) = await api.Reader().ReadEventsAsync("after=now");
        var after = await writer.CreateAsync();
        var (next, _) = await api.ReadCaughtUpAsync($"after={now}&limit=1000");

        Assert.Empty(atNow);
        Assert.NotEqual("", now);
        Assert.DoesNotContain(next, e => e.GetProperty("subject").GetString() == before.Id.ToString());
        Assert.Equal(after.Id.ToString(), Assert.Single(next).GetProperty("subject").GetString());
    }

    [Fact]
    public async Task A_filtered_read_without_matches_moves_the_cursor_past_the_events_it_skipped()
    {
        await writer.CreateAsync();
        await writer.CreateAsync();
        var (all, end) = await api.ReadCaughtUpAsync("limit=1000");

        var (matches, cursor) = await api.Reader().ReadEventsAsync($"subject={Guid.NewGuid()}&limit=10");

        Assert.NotEmpty(all);
        Assert.Empty(matches);
        Assert.Equal(end, cursor);
    }

    [Fact]
    public async Task A_filtered_cursor_that_moved_ahead_still_gets_an_event_that_commits_late()
    {
        var subject = Guid.NewGuid();
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var late = await connection.BeginTransactionAsync();
        var lateId = await InsertEventAsync(connection, late, subject);    // takes its transaction id now, commits last
        await writer.CreateAsync();                                        // a later transaction, committed first

        var (before, cursor) = await api.Reader().ReadEventsAsync($"subject={subject}");
        await late.CommitAsync();
        await api.CatchUpAsync();
        var (after, _) = await api.Reader().ReadEventsAsync($"subject={subject}&after={cursor}");

        Assert.Empty(before);
        Assert.Equal(lateId.ToString(), Assert.Single(after).GetProperty("id").GetString());
    }

    /// <summary>A cursor's position, to compare two of them.</summary>
    public static (long TransactionId, long Sequence) Position(string cursor) =>
        cursor.Length == 0 ? (0, 0) : (long.Parse(cursor.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(cursor.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<Guid> InsertEventAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid subject)
    {
        var id = Guid.NewGuid();
        await using var command = new NpgsqlCommand("""
            INSERT INTO change_events (id, type, subject, time, resource_path, municipality_codes, actor_subject, data)
            VALUES (@id, 'nl.samenwerking.collaboration.edited', @subject, now(), '/collaborations/' || @subject, '{}', 'test', '{}')
            """, connection, transaction);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("subject", subject);
        await command.ExecuteNonQueryAsync();
        return id;
    }
}
