using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Infrastructure;

namespace Samenwerking.Application.Tests.Infrastructure;

/// <summary>
/// A migrated database with reference data for one test class, and a fresh DbContext for every call, as
/// each request gets in the API: what a handler saved is read back from the database, not from a tracker.
/// </summary>
public sealed class HandlerDatabase(TestDatabaseServer server) : IAsyncLifetime
{
    private string? name;
    private ServiceProvider? services;

    public async ValueTask InitializeAsync()
    {
        name = await server.CopyTemplateAsync("samenwerking_handlers");
        services = new ServiceCollection().AddLogging().AddInfrastructure(server.ConnectionStringFor(name)).BuildServiceProvider();
    }

    /// <summary>Runs <paramref name="use"/> with a DbContext of its own, like one request.</summary>
    public async Task<TResult> WithContextAsync<TResult>(Func<IApplicationDbContext, ValueTask<TResult>> use)
    {
        await using var scope = services!.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<IApplicationDbContext>());
    }

    /// <inheritdoc cref="WithContextAsync{TResult}(Func{IApplicationDbContext, ValueTask{TResult}})"/>
    public Task<TResult> WithContextAsync<TResult>(Func<IApplicationDbContext, Task<TResult>> use) =>
        WithContextAsync(db => new ValueTask<TResult>(use(db)));

    public async ValueTask DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        if (name is not null)
        {
            await server.DropAsync(name);
        }
    }
}
