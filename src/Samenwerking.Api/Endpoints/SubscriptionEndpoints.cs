using System.Security.Claims;
using Mediator;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Webhooks;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Subscriptions;
using Samenwerking.Application.Subscriptions.CreateSubscription;
using Samenwerking.Application.Subscriptions.DeleteSubscription;
using Samenwerking.Application.Subscriptions.GetSubscription;
using Samenwerking.Application.Subscriptions.ListSubscriptions;

namespace Samenwerking.Api.Endpoints;

public static class SubscriptionEndpoints
{
    public const string Path = "/subscriptions";

    public static void MapSubscriptionEndpoints(this IEndpointRouteBuilder api)
    {
        var subscriptions = api.MapGroup(Path).WithTags("Subscriptions");

        subscriptions.MapPost("", CreateSubscription).WithName("createSubscription")
            .WithRequestExample(SubscriptionRequest.Example)
            .Produces<CreatedSubscriptionDto>(StatusCodes.Status201Created)
            .RequireReadScope(WhoMay.TheSubscriber);

        subscriptions.MapGet("", ListSubscriptions).WithName("listSubscriptions").RequireReadScope();

        subscriptions.MapGet("/{subscriptionId}", GetSubscription).WithName("getSubscription")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        subscriptions.MapDelete("/{subscriptionId}", DeleteSubscription).WithName("deleteSubscription")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope(WhoMay.TheSubscriber);
    }

    private static SubscriptionViewer Viewer(ICurrentActor actor, ClaimsPrincipal user) =>
        new(actor.Actor.Subject, Scopes.Has(user, Scopes.Admin));

    /// <summary>Subscribe to changes (webhook)</summary>
    /// <remarks>
    /// Events from now on that match the types (and municipality) are POSTed to the callback URL one at a time, in
    /// the feed's order, as a CloudEvent (`application/cloudevents+json`) signed per Standard Webhooks: headers
    /// `webhook-id` (the event id), `webhook-timestamp` (Unix seconds) and `webhook-signature`
    /// (`v1,` + base64 HMAC-SHA256 over `{webhook-id}.{webhook-timestamp}.{body}` with the base64-decoded part of the
    /// secret after `whsec_`). Any 2xx answer counts as received; otherwise the same event is sent again after pauses
    /// that double (at least once, so drop duplicate ids), and after 24 hours of failure the subscription becomes
    /// `failing` and stops. The callback must be https and resolve to public addresses only. A subscription delivers
    /// what the change feed shows, so it needs the read scope; only its owner (the token's subject) or an
    /// administrator (`samenwerking.admin`) sees or deletes it. The secret is in this response only.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="actor"></param>
    /// <param name="user"></param>
    /// <param name="request">The subscription.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="201">Created, with the signing secret (shown only now); `Location` names the subscription.</response>
    private static async Task<IResult> CreateSubscription(IMediator mediator, ICurrentActor actor, ClaimsPrincipal user,
        SubscriptionRequest request, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(new CreateSubscriptionCommand(request.CallbackUrl, request.EventTypes, request.MunicipalityCode,
            Viewer(actor, user)), cancellationToken);
        return TypedResults.Created($"{ApiVersion.BasePath}{Path}/{created.Subscription.Id}", created);
    }

    /// <summary>List subscriptions</summary>
    /// <remarks>Your own subscriptions (an administrator sees all) with the state of their deliveries; never the secret.</remarks>
    /// <param name="mediator"></param>
    /// <param name="actor"></param>
    /// <param name="user"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The subscriptions, oldest first.</response>
    private static async Task<ItemList<SubscriptionDto>> ListSubscriptions(IMediator mediator, ICurrentActor actor, ClaimsPrincipal user,
        CancellationToken cancellationToken) =>
        ItemList.Of(await mediator.Send(new ListSubscriptionsQuery(Viewer(actor, user)), cancellationToken));

    /// <summary>Get a subscription</summary>
    /// <remarks>The subscription and the state of its deliveries: last event delivered, failed attempts, next attempt, last error. Someone else's subscription is 404.</remarks>
    /// <param name="mediator"></param>
    /// <param name="actor"></param>
    /// <param name="user"></param>
    /// <param name="subscriptionId">Identifier of the subscription.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The subscription.</response>
    private static async Task<SubscriptionDto> GetSubscription(IMediator mediator, ICurrentActor actor, ClaimsPrincipal user,
        Guid subscriptionId, CancellationToken cancellationToken) =>
        await mediator.Send(new GetSubscriptionQuery(subscriptionId, Viewer(actor, user)), cancellationToken);

    /// <summary>Delete a subscription</summary>
    /// <remarks>No more deliveries. Someone else's subscription is 404.</remarks>
    /// <param name="mediator"></param>
    /// <param name="actor"></param>
    /// <param name="user"></param>
    /// <param name="subscriptionId">Identifier of the subscription.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="204">Deleted.</response>
    private static async Task<IResult> DeleteSubscription(IMediator mediator, ICurrentActor actor, ClaimsPrincipal user,
        Guid subscriptionId, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteSubscriptionCommand(subscriptionId, Viewer(actor, user)), cancellationToken);
        return TypedResults.NoContent();
    }
}
