using Mediator;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.OpenApi;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Application.Delegations.ListMyPermissions;

namespace Samenwerking.Api.Endpoints;

/// <summary>What may I change? For any user, in one paged call (issue 29).</summary>
public static class PermissionEndpoints
{
    public static void MapPermissionEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/me/permissions", ListMyPermissions).WithTags("Delegations").WithName("listMyPermissions")
            .WithParametersValidatedAs<ListMyPermissionsQuery>()
            .RequireReadScope();

    /// <summary>What may I change?</summary>
    /// <remarks>
    /// The collaborations the caller may change today, by name, with which kinds of change and why: `participant` (the token's
    /// `gemeente` takes part: every change an active participant may make), `delegate` (a delegation in force, until
    /// `validUntil`, for `changes` only) or `administrator` (every collaboration). Decisions and withdrawal stay with each
    /// municipality itself, whatever this says.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1 to 100.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">One page of what the caller may change.</response>
    private static Task<PagedResult<PermissionDto>> ListMyPermissions(IMediator mediator, int page = 1, int pageSize = Paging.DefaultPageSize,
        CancellationToken cancellationToken = default) =>
        mediator.Send(new ListMyPermissionsQuery(page, pageSize), cancellationToken).AsTask();
}
