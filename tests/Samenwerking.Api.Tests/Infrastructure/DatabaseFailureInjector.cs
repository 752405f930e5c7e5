using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>
/// Makes the first N database commands of a request fail the way a lost connection fails them, N taken
/// from the request header <see cref="Header"/>; counts the failures per request so tests can tell
/// whether the API tried again. With the value <see cref="Bug"/> every command fails as a programming error
/// would: not an outage.
/// </summary>
public sealed class DatabaseFailureInjector(IHttpContextAccessor httpContext) : DbCommandInterceptor
{
    public const string Header = "X-Test-Fail-Database-Commands";
    public const string KeyHeader = "X-Test-Request-Key";
    public const string Bug = "bug";

    private readonly ConcurrentDictionary<string, int> failures = new();

    public int FailuresFor(string key) => failures.GetValueOrDefault(key);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        FailIfAsked();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        FailIfAsked();
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        FailIfAsked();
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void FailIfAsked()
    {
        var request = httpContext.HttpContext?.Request;
        if (request is not null && request.Headers[Header].ToString() == Bug)
        {
            throw new InvalidOperationException("A simulated programming error with a secret detail.");
        }

        if (request is null || !int.TryParse(request.Headers[Header], out var toFail))
        {
            return;
        }

        var key = request.Headers[KeyHeader].ToString();
        if (failures.AddOrUpdate(key, 1, (_, count) => count + 1) <= toFail)
        {
            throw new NpgsqlException("Exception while reading from stream (simulated)", new IOException("Connection reset (simulated)"));
        }

        failures.AddOrUpdate(key, 0, (_, count) => count - 1);
    }
}
