using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.Delegations;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Application.Delegations;
using Samenwerking.Application.Delegations.GetDelegation;
using Samenwerking.Application.Delegations.ListDelegations;
using Samenwerking.Application.Delegations.WithdrawDelegation;

namespace Samenwerking.Api.Endpoints;

/// <summary>Delegations: a participating municipality lets a person (an adviser, a projectleider of a bureau) act for it (issue 29).</summary>
public static class DelegationEndpoints
{
    public static void MapDelegationEndpoints(this IEndpointRouteBuilder api)
    {
        var delegations = api.MapGroup(CollaborationEndpoints.Path + "/{id}/delegations").WithTags("Delegations");

        delegations.MapGet("", ListDelegations).WithName("listDelegations")
            .WithParametersValidatedAs<ListDelegationsQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        delegations.MapPost("", GrantDelegation).WithName("createDelegation")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.CreateDelegation)
            .Produces<DelegationDto>(StatusCodes.Status201Created)
            .ProducesChangeProblems()
            .RequireWriteScope(WhoMay.ActiveParticipant);

        delegations.MapGet("/{delegationId}", GetDelegation).WithName("getDelegation")
            .ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        delegations.MapDelete("/{delegationId}", WithdrawDelegation).WithName("withdrawDelegation")
            .ProducesETag()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesChangeProblems(ruleConflicts: false)
            .RequireWriteScope(WhoMay.ActiveParticipant);
    }

    /// <summary>List delegations</summary>
    /// <remarks>
    /// Who may act for which participating municipality on this collaboration, newest grant first, with where each stands
    /// today (`standing`); withdrawn and expired ones stay listed, as a record of who could act when.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1 to 100.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">One page of the delegations.</response>
    private static Task<PagedResult<DelegationDto>> ListDelegations(IMediator mediator, Guid id, int page = 1, int pageSize = Paging.DefaultPageSize,
        CancellationToken cancellationToken = default) =>
        mediator.Send(new ListDelegationsQuery(id, page, pageSize), cancellationToken).AsTask();

    /// <summary>Grant a delegation</summary>
    /// <remarks>
    /// A participating municipality lets a person (identified by their token's `sub`) make the listed kinds of change for it,
    /// from `validFrom` until `validUntil` (both inclusive; an end is required). The person then changes the collaboration with
    /// a token that names no municipality, and the history records them as "name (organisation), namens &lt;municipality&gt;".
    /// The delegation stops when it expires, when any participating municipality withdraws it, or when the granting
    /// municipality no longer takes part, at once and on every instance. Granted on behalf of the municipality the user acts
    /// for; an administrator names it in `grantedBy`, else 409 `granting-municipality-required`. A delegate cannot delegate.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="request">Who, which changes, and from when until when.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="201">Granted; `Location` names the delegation and `ETag` is its version.</response>
    /// <response code="409">`granting-municipality-required` or `collaboration-ended`.</response>
    private static async Task<IResult> GrantDelegation(IMediator mediator, Guid id, GrantDelegationRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var granted = response.WithETag(await mediator.Send(request.ToCommand(id), cancellationToken));
        return TypedResults.Created($"{ApiVersion.BasePath}{CollaborationEndpoints.Path}/{id}/delegations/{granted.Id}", granted);
    }

    /// <summary>Get a delegation</summary>
    /// <remarks>One delegation, with where it stands today (`standing`) and, once withdrawn, when, by whom and why.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="delegationId">Identifier of the delegation.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The delegation; its version is the `ETag`.</response>
    private static async Task<DelegationDto> GetDelegation(IMediator mediator, Guid id, Guid delegationId, HttpResponse response,
        CancellationToken cancellationToken) =>
        response.WithETag(await mediator.Send(new GetDelegationQuery(id, delegationId), cancellationToken));

    /// <summary>Withdraw a delegation</summary>
    /// <remarks>
    /// Any active participant withdraws a delegation, not only the one that granted it, for a `reason`; from this moment its
    /// person may no longer act under it. The delegation stays listed as withdrawn. Withdrawing it again changes nothing.
    /// `If-Match` (the delegation's `ETag`) is optional.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="delegationId">Identifier of the delegation.</param>
    /// <param name="reason">Why it is withdrawn, e.g. `opdracht afgerond`.</param>
    /// <param name="ifMatch">Optional: the `ETag` of the delegation this withdrawal is based on.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="204">Withdrawn; `ETag` is the delegation's new version.</response>
    private static async Task<IResult> WithdrawDelegation(IMediator mediator, Guid id, Guid delegationId, [FromQuery, Required] string? reason,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, CancellationToken cancellationToken)
    {
        var version = await mediator.Send(new WithdrawDelegationCommand(id, delegationId, reason ?? "", EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(version);
        return TypedResults.NoContent();
    }
}
