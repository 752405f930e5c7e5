using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Samenwerking.Api.PublicRegister;

/// <summary>
/// The anonymous reads and pages share one token bucket per client address, whatever token the request carries, so a
/// token never buys a caller more of the public register. The refusal is the API's 429 problem with <c>Retry-After</c>.
/// </summary>
public static class PublicRateLimit
{
    public const string PolicyName = "public-register";

    public static IServiceCollection AddPublicRateLimit(this IServiceCollection services, PublicRegisterSettings settings) =>
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(PolicyName, context =>
            RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = settings.TokenLimit,
                TokensPerPeriod = settings.TokensPerPeriod,
                ReplenishmentPeriod = TimeSpan.FromSeconds(settings.ReplenishmentPeriodSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            })));
}
