using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samenwerking.Application.Events;
using Samenwerking.Domain.Subscriptions;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.Webhooks;

/// <summary>
/// Delivers the change feed to subscriptions: different subscriptions at the same time (at most
/// <see cref="WebhookSettings.MaxConcurrentDeliveries"/>), and within one subscription one event at a time, so
/// they arrive in feed order and a receiver that never answers holds up only itself. Each subscription is
/// delivered under a lease (<see cref="DeliveryLeases"/>); its outcome is saved under the subscription's row
/// version, so an edit, redelivery or reactivation made meanwhile wins and the event goes out again. A crash
/// between sending and saving sends the event again too: delivery is at least once, and the
/// <c>webhook-id</c> (the event id) lets receivers drop duplicates.
/// </summary>
public sealed class WebhookDispatcher(IServiceScopeFactory scopes, DeliveryLeases leases, WebhookSender sender,
    IOptions<WebhookSettings> settings, TimeProvider time, ILogger<WebhookDispatcher> logger)
{
    /// <summary>At most this many events for one subscription per turn, so a busy one hands its slot on now and then.</summary>
    private const int MaxPerSubscriptionPerTurn = 50;

    private readonly ConcurrentDictionary<Guid, Task> running = new();
    private readonly int maxConcurrent = Math.Max(1, settings.Value.MaxConcurrentDeliveries);
    private int busy;

    /// <summary>
    /// Starts delivering to every subscription that is due and not being delivered to already, as far as slots are
    /// free, and returns without waiting for the receivers.
    /// </summary>
    public async Task StartDueAsync(CancellationToken cancellationToken)
    {
        foreach (var id in await DueAsync(cancellationToken))
        {
            if (running.ContainsKey(id))
            {
                continue;
            }

            if (Interlocked.Increment(ref busy) > maxConcurrent)
            {
                Interlocked.Decrement(ref busy);
                return;
            }

            // Registered before it starts, so a turn that ends at once cannot leave its entry behind.
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!running.TryAdd(id, done.Task))
            {
                Interlocked.Decrement(ref busy);
                continue;
            }

            _ = Task.Run(async () =>
            {
                try
                {
                    await TurnAsync(id, cancellationToken);
                }
                finally
                {
                    running.TryRemove(id, out _);
                    Interlocked.Decrement(ref busy);
                    done.SetResult();
                }
            }, CancellationToken.None);
        }
    }

    /// <summary>One round: starts what is due and waits until every delivery under way in this instance is done.</summary>
    public async Task RunPassAsync(CancellationToken cancellationToken)
    {
        await StartDueAsync(cancellationToken);
        await Task.WhenAll(running.Values);
    }

    private async Task<List<Guid>> DueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = time.GetUtcNow();
        return await scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>().Subscriptions.AsNoTracking()
            .Where(s => !s.IsFailing && s.NextAttemptAt <= now)
            .OrderBy(s => s.NextAttemptAt)
            .Select(s => s.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Delivers the subscription's next events while it holds the lease, until one fails or none is left.</summary>
    private async Task TurnAsync(Guid subscriptionId, CancellationToken cancellationToken)
    {
        try
        {
            if (!await leases.TryTakeAsync(subscriptionId, cancellationToken))
            {
                return;
            }

            try
            {
                for (var i = 0; i < MaxPerSubscriptionPerTurn && await DeliverNextAsync(subscriptionId, cancellationToken); i++)
                {
                }
            }
            finally
            {
                await leases.ReleaseAsync(subscriptionId);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A database hiccup must not stop deliveries for good; the next poll tries again.
            logger.LogError(exception, "Delivering to subscription {SubscriptionId} failed.", subscriptionId);
        }
    }

    /// <summary>Tries the subscription's next event; true when the receiver accepted one and the outcome was saved.</summary>
    private async Task<bool> DeliverNextAsync(Guid subscriptionId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>();
        var feed = scope.ServiceProvider.GetRequiredService<IEventFeed>();
        var now = time.GetUtcNow();
        var due = await db.Subscriptions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == subscriptionId && !s.IsFailing && s.NextAttemptAt <= now, cancellationToken);
        if (due is null)
        {
            return false;
        }

        var filter = new EventFilter(due.EventTypes, null, due.MunicipalityCode);
        var after = EventCursor.At(due.Position);
        if ((await feed.ReadAsync(after, 1, filter, cancellationToken)).Events is not [var next])
        {
            return false;
        }

        // Read again after the event, unchanged: so an event written after a rotation or edit is signed with the new
        // secrets and filtered and sent as edited; a change in between leaves the event to the next turn.
        var subscription = await db.Subscriptions.SingleOrDefaultAsync(s => s.Id == subscriptionId, cancellationToken);
        if (subscription is null || subscription.Version != due.Version)
        {
            return false;
        }

        // No connection or transaction is held while the receiver takes its time.
        var outcome = await sender.SendAsync(WebhookHttpClient.Name, subscription, next, cancellationToken);
        if (outcome.Accepted)
        {
            subscription.Delivered(next.Id, next.Position.TransactionId, next.Position.Sequence, time.GetUtcNow());
        }
        else
        {
            subscription.DeliveryFailed(outcome.Error!, time.GetUtcNow(), settings.Value.FirstRetryDelay);
            if (subscription.IsFailing)
            {
                logger.LogWarning("Subscription {SubscriptionId} stopped: event {EventId} could not be delivered for {Hours} hours ({Error}).",
                    subscription.Id, next.Id, Subscription.GiveUpAfter.TotalHours, outcome.Error);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Edited, redelivered, reactivated or deleted while the receiver answered: that change stands.
            return false;
        }

        return outcome.Accepted;
    }
}
