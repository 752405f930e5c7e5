using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Samenwerking.Api.Health;

public static class HealthSetup
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddApiHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<MigrationsAppliedHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static void MapApiHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        // Liveness says only that the process answers; a database outage must not get it restarted.
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
    }
}
