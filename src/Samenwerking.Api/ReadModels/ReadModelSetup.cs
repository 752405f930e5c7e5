using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.ReadModels;

public static class ReadModelSetup
{
    /// <summary>Upkeep of the read models the database keeps beside the aggregates.</summary>
    public static IServiceCollection AddReadModelUpkeep(this IServiceCollection services)
    {
        services.AddScoped<CountFolder>();
        services.AddHostedService<CountFolding>();
        return services;
    }
}
