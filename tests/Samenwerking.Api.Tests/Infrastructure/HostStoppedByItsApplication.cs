using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>
/// The API's host as a <c>WebApplicationFactory</c> holds it, stopped the way a real instance stops: the application is
/// asked to stop, and Program's own <c>RunAsync</c> then stops the host and disposes it, once. Left alone, the factory
/// stops the host itself and disposes it synchronously while Program's <c>RunAsync</c> stops and disposes it too
/// (dotnet/aspnetcore#40271); that synchronous Dispose, waiting on a pool thread for work behind it, hung test runs now
/// and then. A host that does not stop within <see cref="StopTimeout"/> fails the fixture instead of hanging the run.
/// </summary>
public sealed class HostStoppedByItsApplication : IHost, IAsyncDisposable
{
    public static readonly TimeSpan StopTimeout = TimeSpan.FromMinutes(2);

    private readonly IHost host;
    private readonly IHostApplicationLifetime lifetime;
    private readonly Disposal disposal;
    private Task? stopping;

    private HostStoppedByItsApplication(IHost host)
    {
        this.host = host;
        // Taken now: the application may have stopped and disposed its services on its own (SIGTERM) before the factory stops it.
        lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        disposal = host.Services.GetRequiredService<Disposal>();
    }

    /// <summary>For a factory's <c>CreateHost</c>: <c>HostStoppedByItsApplication.Start(builder, base.CreateHost)</c>.</summary>
    public static IHost Start(IHostBuilder builder, Func<IHostBuilder, IHost> start)
    {
        builder.ConfigureServices(services => services.AddSingleton(_ => new Disposal()));
        return new HostStoppedByItsApplication(start(builder));
    }

    public IServiceProvider Services => host.Services;

    public Task StartAsync(CancellationToken cancellationToken = default) => host.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => stopping ??= StopOnceAsync();

    // Program's RunAsync disposes the host once it has stopped; StopAsync waited for that.
    public void Dispose()
    {
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task StopOnceAsync()
    {
        lifetime.StopApplication();
        try
        {
            await disposal.Done.WaitAsync(StopTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The API was asked to stop and had not stopped and disposed its host {StopTimeout.TotalMinutes} minutes later.");
        }
    }

    /// <summary>Disposed with the host's services: the application has stopped and is letting go of what it held.</summary>
    private sealed class Disposal : IDisposable
    {
        private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Done => done.Task;

        public void Dispose() => done.TrySetResult();
    }
}
