namespace Samenwerking.Api.Startup;

/// <summary>
/// Upkeep that every instance repeats on a timer, each round in a scope of its own. A round that fails is logged and
/// the next one tries again: the database may be away for a while, and the work must not stop the host.
/// </summary>
public abstract class PeriodicWork(IServiceScopeFactory scopes, TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>What the work does, for the log ("folding the kept counts").</summary>
    protected abstract string Doing { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>True to run a round as soon as the host starts, not only after the first interval.</summary>
    protected virtual bool RunsAtStart => false;

    /// <summary>One round; returns what it did, for the debug log.</summary>
    protected abstract Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        if (RunsAtStart)
        {
            await RoundAsync(stoppingToken);
        }

        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RoundAsync(stoppingToken);
        }
    }

    private async Task RoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var done = await RunOnceAsync(scope.ServiceProvider, stoppingToken);
            logger.LogDebug("{Doing}: {Done}", Doing, done);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("{Doing} failed: {Reason}", Doing, exception.GetBaseException().Message);
        }
    }
}
