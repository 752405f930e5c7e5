using Npgsql;

namespace Samenwerking.Api.Tests.Events;

/// <summary>
/// Sequence numbers are taken when a row is inserted, not when its transaction commits, so a later
/// number can become visible before an earlier one. A reader that follows the feed must neither skip
/// the late one nor see anything twice.
/// </summary>
public sealed class OutOfOrderCommitTests(ApiFactory api)
{
    [Fact]
    public async Task A_reader_following_the_feed_misses_nothing_when_transactions_commit_in_reverse_order()
    {
        var subject = Guid.NewGuid();
        var reader = api.Reader();
        var seen = new List<string>();
        var cursor = "";

        async Task FollowAsync()
        {
            var (events, next) = await reader.ReadEventsAsync($"subject={subject}&after={cursor}");
            seen.AddRange(events.Select(e => e.GetProperty("id").GetString()!));
            cursor = next;
        }

        await using var first = await BeginAsync();
        await using var second = await BeginAsync();
        var early = await InsertEventAsync(first, subject);   // lower sequence number
        var late = await InsertEventAsync(second, subject);   // higher sequence number
        await FollowAsync();

        await second.Transaction.CommitAsync();                // the higher number commits first
        await FollowAsync();
        await first.Transaction.CommitAsync();
        await api.CatchUpAsync();
        await FollowAsync();
        await FollowAsync();

        Assert.True(late.Sequence > early.Sequence);
        Assert.Equal([early.Id.ToString(), late.Id.ToString()], seen);
    }

    [Fact]
    public async Task A_transaction_that_started_first_but_took_its_number_last_is_not_skipped_either()
    {
        var subject = Guid.NewGuid();
        var reader = api.Reader();
        var seen = new List<string>();
        var cursor = "";

        async Task FollowAsync()
        {
            var (events, next) = await reader.ReadEventsAsync($"subject={subject}&after={cursor}");
            seen.AddRange(events.Select(e => e.GetProperty("id").GetString()!));
            cursor = next;
        }

        await using var first = await BeginAsync();
        await using var second = await BeginAsync();
        await TransactionIdAsync(first);                      // first becomes the older transaction
        var fromSecond = await InsertEventAsync(second, subject);
        var fromFirst = await InsertEventAsync(first, subject);

        await second.Transaction.CommitAsync();
        await FollowAsync();
        await first.Transaction.CommitAsync();
        await api.CatchUpAsync();
        await FollowAsync();
        await FollowAsync();

        Assert.True(fromFirst.Sequence > fromSecond.Sequence);
        // The feed orders by transaction, then number: the older transaction's event comes first.
        Assert.Equal([fromFirst.Id.ToString(), fromSecond.Id.ToString()], seen);
    }

    [Fact]
    public async Task Concurrent_changes_through_the_api_reach_a_follower_exactly_once()
    {
        var writer = api.Writer();
        var reader = api.Reader();
        var created = await writer.CreateAsync();
        var (_, cursor) = await api.ReadCaughtUpAsync($"subject={created.Id}");
        var codes = new[] { "GM0597", "GM0599", "GM0542", "GM0505", "GM0512", "GM0531" };
        var seen = new List<string>();
        var writing = Task.WhenAll(codes.Select(code =>
            writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant(code, "2021-01-01"))));

        while (!writing.IsCompleted)
        {
            var (events, next) = await reader.ReadEventsAsync($"subject={created.Id}&after={cursor}&limit=2");
            seen.AddRange(events.Select(e => e.Data().GetProperty("municipalityCode").GetString()!));
            cursor = next;
        }

        await writing;
        await api.CatchUpAsync();
        while (true)
        {
            var (events, next) = await reader.ReadEventsAsync($"subject={created.Id}&after={cursor}&limit=2");
            seen.AddRange(events.Select(e => e.Data().GetProperty("municipalityCode").GetString()!));
            cursor = next;
            if (events.Count == 0)
            {
                break;
            }
        }

        var joined = (await writing).Count(r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(joined, seen.Count);
    }

    private async Task<Writer> BeginAsync()
    {
        var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        return new Writer(connection, await connection.BeginTransactionAsync());
    }

    private static async Task TransactionIdAsync(Writer writer)
    {
        await using var command = new NpgsqlCommand("SELECT pg_current_xact_id()", writer.Connection, writer.Transaction);
        await command.ExecuteScalarAsync();
    }

    private static async Task<(Guid Id, long Sequence)> InsertEventAsync(Writer writer, Guid subject)
    {
        var id = Guid.NewGuid();
        await using var command = new NpgsqlCommand("""
            INSERT INTO change_events (id, type, subject, time, resource_path, municipality_codes, actor_subject, data)
            VALUES (@id, 'nl.samenwerking.collaboration.edited', @subject, now(), '/collaborations/' || @subject, '{}', 'test', '{}')
            RETURNING sequence
            """, writer.Connection, writer.Transaction);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("subject", subject);
        return (id, (long)(await command.ExecuteScalarAsync())!);
    }

    private sealed record Writer(NpgsqlConnection Connection, NpgsqlTransaction Transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }
}
