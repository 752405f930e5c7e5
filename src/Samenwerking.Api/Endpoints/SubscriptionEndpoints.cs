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
            .ProducesETag()
            .RequireReadScope(WhoMay.TheSubscriber);

        subscriptions.MapGet("", ListSubscriptions).WithName("listSubscriptions").RequireReadScope();

        subscriptions.MapGet("/{subscriptionId}", GetSubscription).WithName("getSubscription")
            .ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        subscriptions.MapSubscriptionPatch();
        subscriptions.MapSubscriptionActions();

        subscriptions.MapDelete("/{subscriptionId}", DeleteSubscription).WithName("deleteSubscription")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope(WhoMay.TheSubscriber);
    }

    internal static SubscriptionViewer Viewer(ICurrentActor actor, ClaimsPrincipal user) =>
        new(actor.Actor.Subject, Scopes.Has(user, Scopes.Admin));

    /// <summary>Subscribe to changes (webhook)</summary>
    /// <remarks>
    /// Events from now on that match the types (and municipality) are POSTed to the callback URL one at a time, in
    /// the feed's order, as a CloudEvent (`application/cloudevents+json`) signed per Standard Webhooks: headers
    /// `webhook-id` (the event id), `webhook-timestamp` (Unix seconds) and `webhook-signature`
    /// (`v1,` + base64 HMAC-SHA256 over `{webhook-id}.{webhook-timestamp}.{body}` with the base64-decoded part of the
    /// secret after `whsec_`; during a secret rotation's overlap a second signature follows, space-separated). Any 2xx
    /// answer counts as received; otherwise the same event is sent again after pauses that double (at least once, so
    /// drop duplicate ids), and after 24 hours of failure the subscription becomes `failing` and stops until it is
    /// reactivated. Different subscriptions are delivered to at the same time, so a slow receiver delays only itself.
    /// The callback must be https, without user name or password, and resolve to public addresses only: loopback,
    /// private, link-local, shared (100.64.0.0/10), documentation, benchmarking, multicast and reserved ranges are
    /// refused, and so are IPv6 addresses that carry such an IPv4 address (IPv4-mapped and -compatible, NAT64, 6to4,
    /// Teredo, ISATAP), unique-local and link-local IPv6, and the local-use NAT64 prefix `64:ff9b:1::/48`; every
    /// connection checks the address again. A subscription delivers what the change feed shows, so it needs the read
    /// scope. The secret is in this response only.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="actor"></param>
    /// <param name="user"></param>
    /// <param name="request">The subscription.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="201">Created, with the signing secret (shown only now); `Location` names the subscription.</response>
    private static async Task<IResult> CreateSubscription(IMediator mediator, ICurrentActor actor, ClaimsPrincipal user,
        SubscriptionRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var created = response.WithETag(await mediator.Send(new CreateSubscriptionCommand(request.CallbackUrl, request.EventTypes,
            request.MunicipalityCode, Viewer(actor, user)), cancellationToken));
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
    /// <remarks>
    /// The subscription and the state of its deliveries: its position in the feed, last event delivered, failed attempts,
    /// next attempt, last error. The `ETag` (for `If-Match` on changes) moves with every delivery too, since the
    /// delivery state is part of the representation. Someone else's subscription is 404.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="actor"></param>
    /// <param name="user"></param>
    /// <param name="subscriptionId">Identifier of the subscription.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The subscription; its version is the `ETag`.</response>
    private static async Task<SubscriptionDto> GetSubscription(IMediator mediator, ICurrentActor actor, ClaimsPrincipal user,
        Guid subscriptionId, HttpResponse response, CancellationToken cancellationToken) =>
        response.WithETag(await mediator.Send(new GetSubscriptionQuery(subscriptionId, Viewer(actor, user)), cancellationToken));

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
