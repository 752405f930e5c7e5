using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Samenwerking.Infrastructure.Idempotency;

namespace Samenwerking.Api.Idempotency;

/// <summary>Deletes expired idempotency records now and then; every instance may do it, the deletes do not conflict.</summary>
public sealed class IdempotencyCleanup(IServiceScopeFactory scopes, IOptions<IdempotencyOptions> options, TimeProvider time,
    ILogger<IdempotencyCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var removed = await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().RemoveExpiredAsync(stoppingToken);
                logger.LogDebug("Removed {Count} expired idempotency record(s)", removed);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be away for a while; the next round tries again.
                logger.LogWarning("Removing expired idempotency records failed: {Reason}", exception.GetBaseException().Message);
            }
        }
    }
}
