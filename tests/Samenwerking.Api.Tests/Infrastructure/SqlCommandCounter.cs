using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>
/// Counts the SQL a request sends, keyed by a request header so tests running in parallel do not count
/// each other's queries: commands (each one round trip, however many statements EF batched into it),
/// the statements inside them, and commits (a round trip and a statement of their own). Readers that bypass EF
/// (plain Npgsql) are seen by Npgsql's own tracing instead: <see cref="NpgsqlCommandsFor"/>.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor, IDbTransactionInterceptor, IDisposable
{
    public const string Header = "X-Test-Count-Key";

    private readonly IHttpContextAccessor httpContext;
    private readonly ConcurrentDictionary<string, int> counts = new();
    private readonly ConcurrentDictionary<string, int> statements = new();
    private readonly ConcurrentDictionary<string, int> commits = new();
    private readonly ConcurrentDictionary<string, int> npgsqlCommands = new();
    private readonly ActivityListener npgsql;

    public SqlCommandCounter(IHttpContextAccessor httpContext)
    {
        this.httpContext = httpContext;
        // Npgsql traces every command and batch it sends, EF's or not: one activity per round trip.
        npgsql = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                // Opening a physical connection and COPY are traced too; they are no command.
                if (!activity.DisplayName.StartsWith("CONNECT", StringComparison.Ordinal)
                    && !activity.DisplayName.StartsWith("COPY", StringComparison.Ordinal) && Key() is { } key)
                {
                    npgsqlCommands.AddOrUpdate(key, 1, (_, count) => count + 1);
                }
            },
        };
        ActivitySource.AddActivityListener(npgsql);
    }

    /// <summary>Commands and batches Npgsql sent (each a round trip), through EF or not.</summary>
    public int NpgsqlCommandsFor(string key) => npgsqlCommands.GetValueOrDefault(key);

    public void Dispose() => npgsql.Dispose();

    /// <summary>Commands sent (each a round trip).</summary>
    public int CountFor(string key) => counts.GetValueOrDefault(key);

    /// <summary>SQL statements sent, counting each statement of a batch and each commit.</summary>
    public int StatementsFor(string key) => statements.GetValueOrDefault(key) + commits.GetValueOrDefault(key);

    /// <summary>Round trips to the database: commands plus commits.</summary>
    public int RoundTripsFor(string key) => counts.GetValueOrDefault(key) + commits.GetValueOrDefault(key);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Key() is { } key)
        {
            commits.AddOrUpdate(key, 1, (_, count) => count + 1);
        }

        return ValueTask.FromResult(result);
    }

    private void Count(DbCommand command)
    {
        if (Key() is { } key)
        {
            counts.AddOrUpdate(key, 1, (_, count) => count + 1);
            var inCommand = command.CommandText.Split(';').Count(part => !string.IsNullOrWhiteSpace(part));
            statements.AddOrUpdate(key, inCommand, (_, count) => count + inCommand);
        }
    }

    private string? Key() =>
        httpContext.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } key ? key : null;
}
