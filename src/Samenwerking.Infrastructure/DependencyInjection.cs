using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Samenwerking.Application.Collaborations.GetCollaboration;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Imports.ImportRegister;
using Samenwerking.Infrastructure.DemoData;
using Samenwerking.Infrastructure.Events;
using Samenwerking.Infrastructure.Imports;
using Samenwerking.Infrastructure.Persistence;
using Samenwerking.Infrastructure.Persistence.ReadSide;
using Samenwerking.Infrastructure.ReferenceData;
using Samenwerking.Infrastructure.Time;

namespace Samenwerking.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string connectionString)
    {
        // Pooled: a request rents a reset context instead of building one, with its services, for every request.
        services.AddDbContextPool<SamenwerkingDbContext>(options => ConfigureDbContext(options, connectionString));
        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<SamenwerkingDbContext>());
        services.AddScoped<ICollaborationDetailsReader, CollaborationDetailsReader>();
        services.AddReadSide();
        services.AddScoped<IImportWriter, ImportWriter>();
        services.AddScoped<MunicipalityReferenceDataLoader>();
        services.AddSingleton<MunicipalityRecordsCache>();
        services.AddScoped<IMunicipalityRecordsChanged, MunicipalityRecordsAnnouncer>();
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
            .UseNpgsql(Tuned(connectionString), npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history")
                // An aggregate loads several child collections; one query each avoids a cartesian product.
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .UseSnakeCaseNamingConvention()
            // Every context is scoped to one request, which awaits its queries one by one. The check that would catch
            // two at once writes an AsyncLocal for every row read: a fifth of a list page's allocations.
            .EnableThreadSafetyChecks(false)
            .AddInterceptors(ChangeEventsRegistration.Outbox);

    /// <summary>
    /// The connection string with settings for this API's workload, each left alone when the string sets it itself.
    /// <list type="bullet">
    /// <item>No query JIT: PostgreSQL compiles a query with LLVM once its estimated cost is high, which costs up to a
    /// second per query and repays itself only in long analytical queries; this API's queries are short, and its one
    /// long one (the register export) streams.</item>
    /// <item>Statements prepared automatically: the API sends the same few dozen statements over and over. Prepared
    /// once used five times on a connection (Npgsql's default), PostgreSQL stops parsing and planning them for every request, which took more
    /// of its time than running them (docs/performance.md).</item>
    /// <item>No reset when a connection goes back to the pool: with prepared statements kept, Npgsql's reset is seven
    /// statements on every next use. The API keeps no session state on pooled connections (transactions and the
    /// webhook lease end with their transaction; the start-up lock has a connection of its own, outside the pool),
    /// and Npgsql still rolls back a transaction left open.</item>
    /// </list>
    /// </summary>
    internal static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = $"{builder.Options} -c jit=off".Trim();
        }

        var given = GivenKeywords(connectionString);
        if (!given.Contains("maxautoprepare"))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        if (!given.Contains("noresetonclose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>Room for every statement the API sends often on one connection, with margin: beyond it the least used are unprepared.</summary>
    private const int AutoPreparedStatements = 128;

    // Npgsql's own builder answers every keyword it knows, given or not; a plain builder holds only what was written.
    private static HashSet<string> GivenKeywords(string connectionString) =>
        new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
