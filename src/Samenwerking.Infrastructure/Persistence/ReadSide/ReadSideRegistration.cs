using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Application.Collaborations.ExportRegister;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Events;
using Samenwerking.Infrastructure.Events;
using Samenwerking.Infrastructure.ReferenceData;

namespace Samenwerking.Infrastructure.Persistence.ReadSide;

/// <summary>
/// Where the read side's queries go. Without a replica they use the request's own primary context, exactly as
/// every other read does (one pool, one connection per request). With one, a second <see cref="SamenwerkingDbContext"/>
/// on the read-only connection string serves them, without tracking, from a pool of its own.
/// </summary>
public static class ReadSideRegistration
{
    private const string ReplicaKey = "read-replica";

    internal static IServiceCollection AddReadSide(this IServiceCollection services)
    {
        services.AddScoped<IReadSideDbContext>(provider => new ReadSideDbContext(ReadContext(provider), provider.GetRequiredService<MunicipalityRecordsCache>()));
        services.AddScoped<IReadSideEventFeed>(provider => new EventFeed(ReadContext(provider)));
        services.AddScoped<IRegisterExportReader>(provider => new RegisterExportReader(ReadContext(provider), provider.GetRequiredService<MunicipalityRecordsCache>()));
        return services;
    }

    /// <summary>Sends the read side's queries to <paramref name="readOnlyConnectionString"/> (a streaming replica).</summary>
    public static IServiceCollection AddReadReplica(this IServiceCollection services, string readOnlyConnectionString)
    {
        var options = new DbContextOptionsBuilder<SamenwerkingDbContext>();
        DependencyInjection.ConfigureDbContext(options, readOnlyConnectionString);
        var replicaOptions = options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options;
        services.AddKeyedScoped(ReplicaKey, (_, _) => new SamenwerkingDbContext(replicaOptions));
        return services;
    }

    /// <summary>The replica's context for this scope, or null when none is configured.</summary>
    public static SamenwerkingDbContext? Replica(IServiceProvider provider) => provider.GetKeyedService<SamenwerkingDbContext>(ReplicaKey);

    private static SamenwerkingDbContext ReadContext(IServiceProvider provider) =>
        Replica(provider) ?? provider.GetRequiredService<SamenwerkingDbContext>();
}
