using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Infrastructure.DemoData;
using Samenwerking.Infrastructure.Events;
using Samenwerking.Infrastructure.Persistence;
using Samenwerking.Infrastructure.ReferenceData;
using Samenwerking.Infrastructure.Time;

namespace Samenwerking.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string connectionString)
    {
        services.AddDbContext<SamenwerkingDbContext>(options => ConfigureDbContext(options, connectionString));
        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<SamenwerkingDbContext>());
        services.AddScoped<MunicipalityReferenceDataLoader>();
        services.AddScoped<EvaluationFrameworkReferenceDataLoader>();
        services.AddScoped<DatabaseInitializer>();
        services.AddChangeEvents();
        services.AddDemoData();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IClock, AmsterdamClock>();
        return services;
    }

    internal static void ConfigureDbContext(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history")
                // An aggregate loads several child collections; one query each avoids a cartesian product.
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(ChangeEventsRegistration.Outbox);
}
