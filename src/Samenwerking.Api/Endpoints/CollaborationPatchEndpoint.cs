using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Mediator;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.InputScreening;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.Collaborations;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Collaborations.GetCollaboration;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Api.Endpoints;

/// <summary>
/// <c>PATCH /collaborations/{id}</c>: a JSON Merge Patch becomes the replacement it describes. The patch is
/// applied to the current editable fields as JSON (so "left out" and "null" stay different) and the result
/// goes the very way of a PUT: the same command, validator, domain method and If-Match check.
/// </summary>
public static class CollaborationPatchEndpoint
{
    public static void MapCollaborationPatch(this RouteGroupBuilder collaborations) =>
        collaborations.MapPatch("/{id}", PatchCollaboration).WithName("patchCollaboration")
            .DescribesMergePatch<CollaborationMergePatch, CollaborationDto>(RequestBodyExamples.PatchCollaboration)
            .RequireWriteScope(DelegatedChange.DescriptionAndChoices);

    /// <summary>Change some of a collaboration's editable fields</summary>
    /// <remarks>
    /// Sends only what changes, as a JSON Merge Patch (RFC 7396, `Content-Type: application/merge-patch+json`):
    /// a member sent replaces the current value, `null` removes it (the value becomes unknown), a member left
    /// out stays as it is; `organisationForm` and `legalForm` are merged member by member, lists are replaced whole.
    /// The outcome is checked exactly like a replacement (PUT), so it answers the same 400 and 409 problems.
    /// Requires `If-Match` with the current `ETag`: without it 428, with a stale one 412.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="json"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="ifMatch">The `ETag` of the version being changed.</param>
    /// <param name="request"></param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">Changed; the new `ETag` is in the header.</response>
    private static async Task<IResult> PatchCollaboration(IMediator mediator, IOptions<JsonOptions> json, Guid id,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (MergePatchRequests.UnsupportedMediaType(request) is { } unsupported)
        {
            return unsupported;
        }

        var options = json.Value.SerializerOptions;
        var patch = await MergePatchRequests.ReadObjectAsync(request, cancellationToken);
        var current = await mediator.Send(new GetCollaborationQuery(id), cancellationToken);

        // The editable fields as a replacement would carry them: the current representation, cut down to the replacement's members.
        var editable = options.GetTypeInfo(typeof(UpdateCollaborationRequest)).Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var target = JsonSerializer.SerializeToNode(current.Value, options)!.AsObject();
        foreach (var member in target.Select(m => m.Key).Where(m => !editable.Contains(m)).ToList())
        {
            target.Remove(member);
        }

        UpdateCollaborationRequest replacement;
        try
        {
            replacement = MergePatch.Apply(target, patch).Deserialize<UpdateCollaborationRequest>(options)!;
        }
        catch (JsonException invalid)
        {
            throw new BadHttpRequestException("The merge patch does not give a valid collaboration.", StatusCodes.Status400BadRequest, invalid);
        }

        // Bound by hand, so the group's input screening never saw it: control characters and null items are refused here.
        await InputScreeningFilter.ScreenAsync(replacement, new RequestBodyScreening(options), request.HttpContext);
        var updated = await mediator.Send(replacement.ToCommand(id, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        return TypedResults.Ok(response.WithETag(updated));
    }
}
