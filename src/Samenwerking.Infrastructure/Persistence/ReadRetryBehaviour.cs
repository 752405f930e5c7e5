using Mediator;
using Microsoft.Extensions.Logging;

namespace Samenwerking.Infrastructure.Persistence;

/// <summary>
/// Runs a query again, briefly, when the database was unavailable: a restart or failover of a second or so
/// then costs a reader some latency instead of an error. Commands are never retried here. A write whose
/// connection broke may or may not have been committed, and running it again blindly could apply it twice;
/// its client gets a 503 and decides (an Idempotency-Key makes that retry safe).
/// </summary>
public sealed class ReadRetryBehaviour<TMessage, TResponse>(ILogger<ReadRetryBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    // About 1.5 s in all: long enough for a connection pool to find a restarted server, short enough that a
    // client waiting on a real outage gets its 503 while it is still useful.
    private static readonly TimeSpan[] Delays = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(1000)];

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken) =>
        message is IBaseQuery ? HandleWithRetriesAsync(message, next, cancellationToken) : next(message, cancellationToken);

    private async ValueTask<TResponse> HandleWithRetriesAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await next(message, cancellationToken);
            }
            catch (Exception exception) when (attempt < Delays.Length && DatabaseFailures.IsUnavailable(exception)
                && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Database unavailable during {Query} (attempt {Attempt}); retrying in {Delay} ms: {Reason}",
                    typeof(TMessage).Name, attempt + 1, Delays[attempt].TotalMilliseconds, exception.Message);
                await Task.Delay(Delays[attempt], cancellationToken);
            }
        }
    }
}
