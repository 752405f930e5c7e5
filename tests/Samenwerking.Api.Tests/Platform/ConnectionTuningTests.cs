using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.Tests.Platform;

/// <summary>
/// The API's connections are tuned for its workload (DependencyInjection.Tuned): no query JIT (compiling the
/// register export's query cost about a second, more than running it), and statements it repeats prepared once, so
/// PostgreSQL no longer parses and plans them for every request.
/// </summary>
public sealed class ConnectionTuningTests(ApiFactory api)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_API_connections_run_without_query_JIT()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>();

        var jit = await db.Database.SqlQueryRaw<string>("select current_setting('jit') as \"Value\"").SingleAsync(Cancellation);

        Assert.Equal("off", jit);
    }

    [Fact]
    public async Task A_statement_the_API_repeats_on_a_connection_is_prepared()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>();
        await db.Database.OpenConnectionAsync(Cancellation);

        // Npgsql prepares a statement automatically on its fifth use on a connection.
        for (var i = 0; i < 6; i++)
        {
            await db.Collaborations.AsNoTracking().Where(c => c.Name == "nothing by this name").CountAsync(Cancellation);
        }

        var prepared = await db.Database.SqlQueryRaw<string>("select statement as \"Value\" from pg_prepared_statements").ToListAsync(Cancellation);
        Assert.Contains(prepared, statement => statement.Contains("FROM collaborations", StringComparison.Ordinal));
    }
}
