using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Infrastructure.DemoData;
using Samenwerking.Infrastructure.Events;
using Samenwerking.Infrastructure.Persistence;
using Samenwerking.Infrastructure.Persistence.ReadSide;
using Samenwerking.Infrastructure.ReferenceData;
using Samenwerking.Infrastructure.Time;

namespace Samenwerking.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string connectionString)
    {
        services.AddDbContext<SamenwerkingDbContext>(options => ConfigureDbContext(options, connectionString));
        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<SamenwerkingDbContext>());
        services.AddReadSide();
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
            .UseNpgsql(WithoutQueryJit(connectionString), npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history")
                // An aggregate loads several child collections; one query each avoids a cartesian product.
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(ChangeEventsRegistration.Outbox);

    // PostgreSQL compiles a query with LLVM once its estimated cost is high, which costs up to a second per query and
    // repays itself only in long analytical queries; this API's queries are short, and its one long one (the register
    // export) streams. A connection string that sets jit itself keeps its own choice.
    internal static string WithoutQueryJit(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = $"{builder.Options} -c jit=off".Trim();
        }

        return builder.ConnectionString;
    }
}
