using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Webhooks;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Subscriptions;
using Samenwerking.Application.Subscriptions.EditSubscription;
using Samenwerking.Application.Subscriptions.GetSubscription;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Samenwerking.Api.Endpoints;

/// <summary>
/// <c>PATCH /subscriptions/{id}</c>: a JSON Merge Patch applied, as JSON, to the subscription's editable fields (so
/// "left out" and "null" stay different); the outcome is checked and saved as a whole, under the client's If-Match.
/// </summary>
public static class SubscriptionPatchEndpoint
{
    public static void MapSubscriptionPatch(this RouteGroupBuilder subscriptions) =>
        subscriptions.MapPatch("/{subscriptionId}", PatchSubscription).WithName("patchSubscription")
            .DescribesMergePatch<SubscriptionMergePatch, SubscriptionDto>(SubscriptionMergePatch.Example, ruleConflicts: false)
            .RequireReadScope(WhoMay.TheSubscriber);

    /// <summary>Change a subscription</summary>
    /// <remarks>
    /// Sends only what changes, as a JSON Merge Patch (RFC 7396, `Content-Type: application/merge-patch+json`): a member
    /// sent replaces the current value, `null` removes it (only `municipalityCode`: then every municipality's events are
    /// delivered), a member left out stays as it is; `eventTypes` is replaced whole. The outcome is checked as a new
    /// subscription is, including every rule for the callback's address. A changed filter applies from the
    /// subscription's position on; a new callback URL is tried at once. A failing subscription stays stopped until it
    /// is reactivated. Requires `If-Match` with the current `ETag`: without it 428, with a stale one 412.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="json"></param>
    /// <param name="actor"></param>
    /// <param name="user"></param>
    /// <param name="subscriptionId">Identifier of the subscription.</param>
    /// <param name="ifMatch">The `ETag` of the version being changed.</param>
    /// <param name="request"></param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">Changed; the new `ETag` is in the header.</response>
    private static async Task<IResult> PatchSubscription(IMediator mediator, IOptions<JsonOptions> json, ICurrentActor actor, ClaimsPrincipal user,
        Guid subscriptionId, [FromHeader(Name = "If-Match"), Required] string? ifMatch, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (MergePatchRequests.UnsupportedMediaType(request) is { } unsupported)
        {
            return unsupported;
        }

        var viewer = SubscriptionEndpoints.Viewer(actor, user);
        var options = json.Value.SerializerOptions;
        var patch = await MergePatchRequests.ReadObjectAsync(request, cancellationToken);
        var current = (await mediator.Send(new GetSubscriptionQuery(subscriptionId, viewer), cancellationToken)).Value;
        var target = JsonSerializer.SerializeToNode(new SubscriptionRequest(current.CallbackUrl, current.EventTypes, current.MunicipalityCode), options)!;

        // A member the patch removed is sent on as null, so the validator names it like any other invalid field.
        var merged = MergePatch.Apply(target, patch)!.AsObject();
        foreach (var member in options.GetTypeInfo(typeof(SubscriptionRequest)).Properties.Select(p => p.Name))
        {
            merged.TryAdd(member, null);
        }

        SubscriptionRequest edited;
        try
        {
            edited = merged.Deserialize<SubscriptionRequest>(options)!;
        }
        catch (JsonException invalid)
        {
            throw new BadHttpRequestException("The merge patch does not give a valid subscription.", StatusCodes.Status400BadRequest, invalid);
        }

        var updated = await mediator.Send(new EditSubscriptionCommand(subscriptionId, edited.CallbackUrl, edited.EventTypes, edited.MunicipalityCode,
            EntityTags.ParseIfMatch(ifMatch), viewer), cancellationToken);
        return TypedResults.Ok(response.WithETag(updated));
    }
}
