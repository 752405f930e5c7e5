using Npgsql;
using Samenwerking.Infrastructure.ReferenceData;

namespace Samenwerking.Api.ReferenceData;

/// <summary>
/// Forgets this instance's municipality records as soon as any instance announces new ones (PostgreSQL NOTIFY on
/// <see cref="MunicipalityRecordsAnnouncer.Channel"/>), so a code an administrator just added can
/// join on every instance at once, not after the cache's ten minutes. While the connection is down the cache is forgotten
/// on every reconnect, because an announcement may have been missed meanwhile.
/// </summary>
public sealed class MunicipalityRecordsListener(string connectionString, MunicipalityRecordsCache cache, ILogger<MunicipalityRecordsListener> logger)
    : BackgroundService
{
    public static void AddTo(IServiceCollection services, string connectionString) =>
        services.AddHostedService(provider => new MunicipalityRecordsListener(connectionString, provider.GetRequiredService<MunicipalityRecordsCache>(),
            provider.GetRequiredService<ILogger<MunicipalityRecordsListener>>()));

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listening = ListenUntilStoppedAsync(stoppingToken);
        // Ends inside the host's own call that stops it (a cancelled delay completes synchronously), not when Npgsql's cancelled
        // read returns on a socket thread: the host's stop then went on inline there, and a test host's synchronous Dispose
        // waited on a continuation queued behind itself, forever. The listening loop ends on its own a moment later.
        var ended = await Task.WhenAny(listening, Task.Delay(Timeout.Infinite, stoppingToken));
        if (ended == listening)
        {
            await listening; // an unexpected failure stops the host, as any background service's does
        }
    }

    private async Task ListenUntilStoppedAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A connection of its own, outside the pool: it stays open, listening, for the instance's lifetime.
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString);
                connection.Notification += (_, _) => cache.Invalidate();
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {MunicipalityRecordsAnnouncer.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                cache.Invalidate();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or System.Net.Sockets.SocketException)
            {
                logger.LogWarning(exception, "Listening for new municipality records failed; retrying in {Delay}", RetryAfter);
                await Task.Delay(RetryAfter, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
