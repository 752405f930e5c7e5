using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>
/// Counts the SQL a request sends, keyed by a request header so tests running in parallel do not count
/// each other's queries: commands (each one round trip, however many statements EF batched into it),
/// the statements inside them, and commits (a round trip and a statement of their own).
/// </summary>
public sealed class SqlCommandCounter(IHttpContextAccessor httpContext) : DbCommandInterceptor, IDbTransactionInterceptor
{
    public const string Header = "X-Test-Count-Key";

    private readonly ConcurrentDictionary<string, int> counts = new();
    private readonly ConcurrentDictionary<string, int> statements = new();
    private readonly ConcurrentDictionary<string, int> commits = new();

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
