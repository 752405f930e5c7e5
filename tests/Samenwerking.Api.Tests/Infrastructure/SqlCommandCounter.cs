using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands a request sends, keyed by a request header so tests running in parallel
/// do not count each other's queries.
/// </summary>
public sealed class SqlCommandCounter(IHttpContextAccessor httpContext) : DbCommandInterceptor
{
    public const string Header = "X-Test-Count-Key";

    private readonly ConcurrentDictionary<string, int> counts = new();

    public int CountFor(string key) => counts.GetValueOrDefault(key);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Count()
    {
        if (httpContext.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } key)
        {
            counts.AddOrUpdate(key, 1, (_, count) => count + 1);
        }
    }
}
