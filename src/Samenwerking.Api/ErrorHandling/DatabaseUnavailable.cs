using Samenwerking.Application.Common.Text;

namespace Samenwerking.Api.ErrorHandling;

/// <summary>
/// What a client hears while the database is away: a 503 with <c>Retry-After</c>, so it waits and tries
/// again instead of reporting a bug. The cause is logged, never sent.
/// </summary>
public static class DatabaseUnavailable
{
    /// <summary>Seconds a client should wait; a restart or failover usually takes about this long.</summary>
    public const int RetryAfterSeconds = 5;

    public static string Detail => Messages.Shared.Get("Problem.DatabaseUnavailable", ("seconds", RetryAfterSeconds));

    public static void Announce(HttpContext httpContext, ILogger logger, Exception exception)
    {
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        logger.LogWarning("Database unavailable for {Method} {Path}: {Reason}",
            httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
    }
}
