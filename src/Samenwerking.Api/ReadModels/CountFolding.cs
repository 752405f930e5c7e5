using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.ReadModels;

/// <summary>
/// Folds the counts the database keeps now and then. Counts are exact without it; folding keeps them cheap to read. Every
/// instance may run it: the database lets one fold at a time and the others skip their turn.
/// </summary>
public sealed class CountFolding(IServiceScopeFactory scopes, TimeProvider time, ILogger<CountFolding> logger)
    : BackgroundService
{
    // A busy hour appends a few thousand rows; folded each minute, a count adds up tens of rows at most.
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var folded = await scope.ServiceProvider.GetRequiredService<CountFolder>().FoldAsync(stoppingToken);
                logger.LogDebug("Folded the kept counts into {Count} row(s)", folded);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be away for a while; the next round tries again.
                logger.LogWarning("Folding the kept counts failed: {Reason}", exception.GetBaseException().Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
