using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Samenwerking.Api.Tests.Platform;

/// <summary>
/// An in-process API stops as a deployed instance does: once, by its own Program, and is gone when its fixture is.
/// WebApplicationFactory on its own stopped it twice at once (itself and Program's RunAsync) and then disposed it
/// synchronously, which hung test runs now and then.
/// </summary>
public sealed class InProcessHostTests(ApiFactory api)
{
    [Fact(Timeout = 120_000)]
    public async Task Disposing_an_in_process_api_stops_its_services_once_and_disposes_them()
    {
        var stops = new StopCounter();
        var instance = new SeparateApi(api.ConnectionString, configureServices: services => services.AddHostedService(_ => stops));
        using (var client = instance.Reader())
        {
            Assert.True((await client.GetAsync("/api/v1/municipalities?pageSize=1", TestContext.Current.CancellationToken)).IsSuccessStatusCode);
        }

        var services = instance.Services;
        await instance.DisposeAsync();

        Assert.Equal(1, stops.Count);
        Assert.Throws<ObjectDisposedException>(() => services.GetRequiredService<IHostApplicationLifetime>());
    }

    private sealed class StopCounter : IHostedService
    {
        private int count;

        public int Count => count;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref count);
            return Task.CompletedTask;
        }
    }
}
