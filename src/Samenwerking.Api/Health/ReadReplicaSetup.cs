using Microsoft.Extensions.Diagnostics.HealthChecks;
using Samenwerking.Infrastructure.Persistence.ReadSide;

namespace Samenwerking.Api.Health;

public static class ReadReplicaSetup
{
    public const string ConnectionStringName = "SamenwerkingReadOnly";

    /// <summary>
    /// With <c>ConnectionStrings:SamenwerkingReadOnly</c> set, the read side's queries go there and readiness
    /// includes it: lists and the feed cannot answer without it. Unset, nothing changes.
    /// </summary>
    public static IServiceCollection AddApiReadReplica(this IServiceCollection services, IConfiguration configuration)
    {
        var readOnlyConnectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(readOnlyConnectionString))
        {
            return services;
        }

        services.AddReadReplica(readOnlyConnectionString);
        services.AddHealthChecks().Add(new HealthCheckRegistration("replica",
            provider => new MigrationsAppliedHealthCheck(ReadSideRegistration.Replica(provider)!),
            HealthStatus.Unhealthy, [HealthSetup.ReadyTag], timeout: TimeSpan.FromSeconds(5)));
        return services;
    }
}
