using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samenwerking.Api.Events;
using Samenwerking.Application.Events;
using Samenwerking.Domain.Subscriptions;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.Webhooks;

/// <summary>
/// Delivers the change feed to subscriptions, one event at a time per subscription so they arrive in
/// feed order. Each delivery holds a lease: a transaction-scoped advisory lock on the subscription, taken
/// with <c>pg_try_advisory_xact_lock</c> (skip when taken, like <c>SKIP LOCKED</c>) and held until the
/// outcome is committed, so two dispatchers (in one instance or several) never send
/// the same subscription's next event at the same time; the other simply passes it by. A crash between
/// sending and committing sends the event again later: delivery is at least once, and the
/// <c>webhook-id</c> (the event id) lets receivers drop duplicates.
/// </summary>
public sealed class WebhookDispatcher(IServiceScopeFactory scopes, IHttpClientFactory httpClients, IOptions<WebhookSettings> settings,
    TimeProvider time, ILogger<WebhookDispatcher> logger)
{
    /// <summary>At most this many events for one subscription per pass, so one busy receiver does not hold up the others.</summary>
    private const int MaxPerSubscriptionPerPass = 50;

    /// <summary>One round over every subscription that is due; returns how many events were delivered.</summary>
    public async Task<int> RunPassAsync(CancellationToken cancellationToken)
    {
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = time.GetUtcNow();
            due = await scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>().Subscriptions.AsNoTracking()
                .Where(s => !s.IsFailing && s.NextAttemptAt <= now)
                .OrderBy(s => s.NextAttemptAt)
                .Select(s => s.Id)
                .Take(500)
                .ToListAsync(cancellationToken);
        }

        var delivered = 0;
        foreach (var id in due)
        {
            for (var i = 0; i < MaxPerSubscriptionPerPass && await DeliverNextAsync(id, cancellationToken); i++)
            {
                delivered++;
            }
        }

        return delivered;
    }

    /// <summary>Takes the lease on one subscription and tries its next event; true when the receiver accepted one.</summary>
    private async Task<bool> DeliverNextAsync(Guid subscriptionId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>();
        var feed = scope.ServiceProvider.GetRequiredService<IEventFeed>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        // An advisory lock, not FOR UPDATE: a row lock would give this transaction an id for the whole delivery,
        // and a running transaction id holds back the change feed for every reader (see EventFeed).
        var leased = await db.Database.SqlQuery<bool>(
            $"SELECT pg_try_advisory_xact_lock(hashtextextended({subscriptionId.ToString()}, 0)) AS \"Value\"").ToListAsync(cancellationToken);
        var subscription = leased is [true]
            ? await db.Subscriptions.SingleOrDefaultAsync(s => s.Id == subscriptionId && !s.IsFailing && s.NextAttemptAt <= now, cancellationToken)
            : null;
        if (subscription is null)
        {
            return false;
        }

        var filter = new EventFilter(subscription.EventTypes, null, subscription.MunicipalityCode);
        var after = new EventCursor(subscription.CursorTransactionId, subscription.CursorSequence);
        if ((await feed.ReadAsync(after, 1, filter, cancellationToken)) is not [var next])
        {
            await transaction.CommitAsync(cancellationToken);
            return false;
        }

        var failure = await SendAsync(subscription, next, cancellationToken);
        if (failure is null)
        {
            subscription.Delivered(next.Id, next.Position.TransactionId, next.Position.Sequence, time.GetUtcNow());
        }
        else
        {
            subscription.DeliveryFailed(failure, time.GetUtcNow(), settings.Value.FirstRetryDelay);
            if (subscription.IsFailing)
            {
                logger.LogWarning("Subscription {SubscriptionId} stopped: event {EventId} could not be delivered for {Hours} hours ({Error}).",
                    subscription.Id, next.Id, Subscription.GiveUpAfter.TotalHours, failure);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return failure is null;
    }

    /// <summary>POSTs the event as a signed CloudEvent; null when the receiver answered 2xx, else what went wrong.</summary>
    private async Task<string?> SendAsync(Subscription subscription, ChangeEvent change, CancellationToken cancellationToken)
    {
        var body = CloudEventDocuments.ToBody(change).ToArray();
        var id = change.Id.ToString();
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.CallbackUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json") { CharSet = "utf-8" };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(subscription.Secret, id, timestamp, body));
        try
        {
            using var response = await httpClients.CreateClient(WebhookHttpClient.Name).SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"The receiver answered {(int)response.StatusCode}.";
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException
                                              or Polly.Timeout.TimeoutRejectedException
                                          || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return $"No answer: {exception.Message}";
        }
    }
}
