using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.Collaborations;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Collaborations.WithdrawDissolution;

namespace Samenwerking.Api.Endpoints;

/// <summary>The end of a collaboration (opheffing), a sub-resource of it: set or corrected with PUT, withdrawn with DELETE.</summary>
public static class DissolutionEndpoints
{
    public static void MapDissolutionEndpoints(this IEndpointRouteBuilder api)
    {
        var dissolution = api.MapGroup(CollaborationEndpoints.Path + "/{id}/dissolution").WithTags("Collaborations");

        dissolution.MapPut("", DissolveCollaboration).WithName("dissolveCollaboration")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.DissolveCollaboration)
            .Produces<CollaborationDto>()
            .ProducesChangeProblems(ifMatchRequired: true)
            .RequireWriteScope(WhoMay.ActiveParticipant);

        dissolution.MapDelete("", WithdrawDissolution).WithName("withdrawDissolution")
            .ProducesETag()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesChangeProblems(ruleConflicts: false, ifMatchRequired: true)
            .RequireWriteScope(WhoMay.ActiveParticipant);
    }

    /// <summary>Dissolve a collaboration</summary>
    /// <remarks>
    /// Ends a collaboration in implementatie or doorontwikkeling (opheffing) on `endedOn`, for a `reason`. A publiekrechtelijke
    /// regeling is dissolved as it was entered: every active participant first records a positive `toestemmingTotOpheffing` of its
    /// raad and `besluitTotOpheffing` of its college (`POST …/decisions`); otherwise 409 `dissolution-decisions-missing` names the
    /// `undecidedMunicipalities`. A privaatrechtelijke samenwerking needs no decisions here. Afterwards the collaboration keeps its
    /// phase, shows `endedOn` and `endReason`, and takes no changes (409 `collaboration-ended`) except this one again, which corrects
    /// the date and reason, and `DELETE`. Lists, registers and the CSV leave it out unless `includeEnded=true`. Verkenning and
    /// voorbereiding are 409 `dissolution-not-applicable`. Requires `If-Match`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this change is based on.</param>
    /// <param name="request">When and why it ended.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The ended collaboration; `ETag` is its new version.</response>
    /// <response code="409">`dissolution-not-applicable`, `dissolution-decisions-missing`, `dated-before-operating-since` or `dated-in-the-future`.</response>
    private static async Task<CollaborationDto> DissolveCollaboration(IMediator mediator, Guid id, [FromHeader(Name = "If-Match"), Required] string? ifMatch,
        DissolveCollaborationRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        response.WithETag(await mediator.Send(request.ToCommand(id, EntityTags.ParseIfMatch(ifMatch)), cancellationToken));

    /// <summary>Withdraw a dissolution</summary>
    /// <remarks>
    /// Withdraws a dissolution recorded by mistake, for a `reason`: the collaboration goes on in its phase. The history keeps the
    /// dissolution and its withdrawal. Requires `If-Match`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="reason">Why it is withdrawn, e.g. `onjuist geregistreerd` (kept in the history; no personal data).</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this change is based on.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="204">Withdrawn; `ETag` is the collaboration's new version.</response>
    /// <response code="404">The collaboration does not exist or has not ended.</response>
    private static async Task<IResult> WithdrawDissolution(IMediator mediator, Guid id, [FromQuery, Required] string? reason,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, HttpResponse response, CancellationToken cancellationToken)
    {
        var version = await mediator.Send(new WithdrawDissolutionCommand(id, reason ?? "", EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(version);
        return TypedResults.NoContent();
    }
}
