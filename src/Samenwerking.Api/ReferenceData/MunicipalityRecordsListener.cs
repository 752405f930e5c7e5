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
