using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Samenwerking.Api.ErrorHandling;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Api.Limits;

/// <summary>
/// A token bucket per caller: per token subject (<c>sub</c>) when the request is authenticated, per client
/// IP address otherwise. Configured under <c>RateLimiting:*</c>; <c>RateLimiting:Enabled=false</c> turns it
/// off. A refusal is a 429 problem with <c>Retry-After</c>. Health probes are never limited: an orchestrator
/// that is refused would restart a healthy instance.
/// </summary>
public static class RateLimitingSetup
{
    public const string Section = "RateLimiting";

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<RateLimitingSettings>() ?? new();
        services.AddSingleton(settings);
        if (!settings.Enabled)
        {
            return services;
        }

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("health")
                    : RateLimitPartition.GetTokenBucketLimiter(PartitionKey(context), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = settings.TokenLimit,
                        TokensPerPeriod = settings.TokensPerPeriod,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(settings.ReplenishmentPeriodSeconds),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
            options.OnRejected = WriteProblemAsync;
        });
        return services;
    }

    public static void UseApiRateLimiting(this WebApplication app)
    {
        if (app.Services.GetRequiredService<RateLimitingSettings>().Enabled)
        {
            app.UseRateLimiter();
        }
    }

    private static string PartitionKey(HttpContext context) =>
        context.User.FindFirst("sub")?.Value is { Length: > 0 } subject
            ? "sub:" + subject
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static async ValueTask WriteProblemAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : 1;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = ProblemTypes.TooManyRequests,
                Title = ProblemTitles.For(StatusCodes.Status429TooManyRequests),
                Detail = Messages.Shared.Get("Problem.TooManyRequests", ("seconds", retryAfter)),
            },
        });
    }
}

/// <summary><c>RateLimiting:*</c>: a bucket of <see cref="TokenLimit"/> requests, refilled by <see cref="TokensPerPeriod"/> every period.</summary>
public sealed class RateLimitingSettings
{
    public bool Enabled { get; init; } = true;

    public int TokenLimit { get; init; } = 100;

    public int TokensPerPeriod { get; init; } = 20;

    public double ReplenishmentPeriodSeconds { get; init; } = 1;
}
