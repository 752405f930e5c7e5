using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.Tests.Platform;

/// <summary>
/// The API's connections run without PostgreSQL's query JIT: compiling the register export's query cost about a
/// second, more than running it.
/// </summary>
public sealed class QueryJitTests(ApiFactory api)
{
    [Fact]
    public async Task The_API_connections_run_without_query_JIT()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>();

        var jit = await db.Database.SqlQueryRaw<string>("select current_setting('jit') as \"Value\"").SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal("off", jit);
    }
}
