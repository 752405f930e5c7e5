using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Webhooks;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Subscriptions;
using Samenwerking.Application.Subscriptions.ReactivateSubscription;
using Samenwerking.Application.Subscriptions.RedeliverSubscription;
using Samenwerking.Application.Subscriptions.RotateSubscriptionSecret;
using Samenwerking.Application.Subscriptions.SendTestEvent;

namespace Samenwerking.Api.Endpoints;

/// <summary>What a subscription's owner can do besides editing it, each an action sub-resource (NL GOV /core/resource-operations).</summary>
public static class SubscriptionActionEndpoints
{
    public static void MapSubscriptionActions(this RouteGroupBuilder subscriptions)
    {
        subscriptions.MapPost("/{subscriptionId}/test-events", SendTestEvent).WithName("sendTestEvent")
            .Produces<TestEventResultDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope(WhoMay.TheSubscriber);

        subscriptions.MapPost("/{subscriptionId}/redeliveries", Redeliver).WithName("redeliverSubscription")
            .WithRequestExample(RedeliveryRequest.Example)
            .Produces<SubscriptionDto>()
            .ProducesETag()
            .ProducesChangeProblems()
            .RequireReadScope(WhoMay.TheSubscriber);

        subscriptions.MapPost("/{subscriptionId}/reactivations", Reactivate).WithName("reactivateSubscription")
            .Produces<SubscriptionDto>()
            .ProducesETag()
            .ProducesChangeProblems()
            .RequireReadScope(WhoMay.TheSubscriber);

        subscriptions.MapPost("/{subscriptionId}/secret-rotations", RotateSecret).WithName("rotateSubscriptionSecret")
            .WithRequestExample(SecretRotationRequest.Example)
            .Produces<RotatedSecretDto>()
            .ProducesETag()
            .ProducesChangeProblems(ruleConflicts: false)
            .RequireReadScope(WhoMay.TheSubscriber);
    }

    /// <summary>Send a test event</summary>
    /// <remarks>
    /// POSTs one test event to the callback, signed as every delivery is (with every secret that signs now), and reports
    /// the receiver's answer: status code, how long it took, and what went wrong. Its `type` is
    /// `nl.samenwerking.subscription.test`, its `subject` and `data.subscriptionId` the subscription. Tried once, without
    /// retries, with the delivery timeout; it changes nothing, is not in the change feed, and goes also to a failing
    /// subscription. The address rules of deliveries apply: a callback that now resolves to an address they refuse is
    /// reported as an error, never reached.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="actor"></param>
    /// <param name="user"></param>
    /// <param name="subscriptionId">Identifier of the subscription.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The test event was sent (or could not be): how the receiver answered.</response>
    private static async Task<TestEventResultDto> SendTestEvent(IMediator mediator, ICurrentActor actor, ClaimsPrincipal user,
        Guid subscriptionId, CancellationToken cancellationToken) =>
        await mediator.Send(new SendTestEventCommand(subscriptionId, SubscriptionEndpoints.Viewer(actor, user)), cancellationToken);

    /// <summary>Deliver again from a cursor</summary>
    /// <remarks>
    /// Moves the subscription's position to the cursor: every matching event after it is delivered again, in feed order,
    /// starting at once (receivers drop the ids they have seen). Also starts a failing subscription again. A cursor past
    /// the newest event of the feed is refused (409), because the events up to it would never be delivered. `If-Match` is
    /// optional; with a stale `ETag` it is 412.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="actor"></param>
    /// <param name="user"></param>
    /// <param name="subscriptionId">Identifier of the subscription.</param>
    /// <param name="ifMatch">The `ETag` of the version being changed (optional).</param>
    /// <param name="request">Where to deliver from again.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The subscription at its new position; the new `ETag` is in the header.</response>
    private static async Task<SubscriptionDto> Redeliver(IMediator mediator, ICurrentActor actor, ClaimsPrincipal user, Guid subscriptionId,
        [FromHeader(Name = "If-Match")] string? ifMatch, RedeliveryRequest? request, HttpResponse response, CancellationToken cancellationToken) =>
        response.WithETag(await mediator.Send(new RedeliverSubscriptionCommand(subscriptionId, request?.After, EntityTags.ParseIfMatch(ifMatch),
            SubscriptionEndpoints.Viewer(actor, user)), cancellationToken));

    /// <summary>Reactivate a failing subscription</summary>
    /// <remarks>
    /// Starts deliveries again after the subscription stopped as `failing`, with the event it stopped at, at once. An
    /// active subscription is refused (409). `If-Match` is optional; with a stale `ETag` it is 412.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="actor"></param>
    /// <param name="user"></param>
    /// <param name="subscriptionId">Identifier of the subscription.</param>
    /// <param name="ifMatch">The `ETag` of the version being changed (optional).</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">Active again; the new `ETag` is in the header.</response>
    private static async Task<SubscriptionDto> Reactivate(IMediator mediator, ICurrentActor actor, ClaimsPrincipal user, Guid subscriptionId,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, CancellationToken cancellationToken) =>
        response.WithETag(await mediator.Send(new ReactivateSubscriptionCommand(subscriptionId, EntityTags.ParseIfMatch(ifMatch),
            SubscriptionEndpoints.Viewer(actor, user)), cancellationToken));

    /// <summary>Rotate the signing secret</summary>
    /// <remarks>
    /// Gives the subscription a new secret, shown in this response only. The current secret keeps signing beside it for
    /// `overlapMinutes` (default a day): meanwhile `webhook-signature` carries both signatures, space-separated, as
    /// Standard Webhooks allows, so receivers accept deliveries before and after they switch. An older secret still in
    /// its overlap stops signing. `If-Match` is optional; with a stale `ETag` it is 412.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="actor"></param>
    /// <param name="user"></param>
    /// <param name="subscriptionId">Identifier of the subscription.</param>
    /// <param name="ifMatch">The `ETag` of the version being changed (optional).</param>
    /// <param name="request">How long the current secret keeps signing.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The new secret (shown only now) and the subscription; the new `ETag` is in the header.</response>
    private static async Task<RotatedSecretDto> RotateSecret(IMediator mediator, ICurrentActor actor, ClaimsPrincipal user, Guid subscriptionId,
        [FromHeader(Name = "If-Match")] string? ifMatch, SecretRotationRequest? request, HttpResponse response, CancellationToken cancellationToken) =>
        response.WithETag(await mediator.Send(new RotateSubscriptionSecretCommand(subscriptionId,
            request?.OverlapMinutes ?? SecretRotationRequest.DefaultOverlapMinutes, EntityTags.ParseIfMatch(ifMatch), SubscriptionEndpoints.Viewer(actor, user)),
            cancellationToken));
}
