using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Samenwerking.Api.Health;

public static class HealthSetup
{
    internal const string ReadyTag = "ready";

    public static IServiceCollection AddApiHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<MigrationsAppliedHealthCheck>("database", tags: [ReadyTag],
            // A database that does not answer within this is as good as down for a load balancer.
            timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    public static void MapApiHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        // Liveness says only that the process answers; a database outage must not get it restarted.
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).AllowAnonymous();
    }
}
