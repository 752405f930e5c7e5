using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.Roles;
using Samenwerking.Application.Roles;
using Samenwerking.Application.Roles.ListRoles;
using Samenwerking.Application.Roles.RemoveRole;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Api.Endpoints;

public static class RoleEndpoints
{
    public static void MapRoleEndpoints(this IEndpointRouteBuilder api)
    {
        var roles = api.MapGroup(CollaborationEndpoints.Path + "/{id}/roles").WithTags("Roles");

        roles.MapGet("", ListRoles).WithName("listRoles")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        roles.MapPost("", AssignRole).WithName("createRole")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.CreateRole)
            .Produces<RoleDto>(StatusCodes.Status201Created)
            .ProducesChangeProblems()
            .RequireWriteScope(DelegatedChange.Roles);

        roles.MapPut("/{roleId}", CorrectRole).WithName("correctRole")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.CorrectRole)
            .Produces<RoleDto>()
            .ProducesChangeProblems(ifMatchRequired: true)
            .RequireWriteScope(DelegatedChange.Roles);

        roles.MapRolePatch();

        roles.MapDelete("/{roleId}", RemoveRole).WithName("deleteRole")
            .ProducesETag()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesChangeProblems()
            .RequireWriteScope(DelegatedChange.Roles);
    }

    /// <summary>List roles</summary>
    /// <remarks>The people filling roles in the collaboration (bemensing), with the phase each was assigned in.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The roles.</response>
    private static async Task<ItemList<RoleDto>> ListRoles(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        ItemList.Of(await mediator.Send(new ListRolesQuery(id), cancellationToken));

    /// <summary>Assign a role</summary>
    /// <remarks>
    /// Someone takes up a role in the current phase. Personal data is minimal (name, organisation, optional e-mail) and removable. With
    /// `delegation`, the person is also granted rights on this collaboration in the same request, by the user's municipality (as
    /// `createDelegation`; a delegate cannot). `If-Match` is optional.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="ifMatch">Optional: the `ETag` of the collaboration this change is based on.</param>
    /// <param name="request">The role and person.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="201">Assigned; `ETag` is the collaboration's new version.</response>
    private static async Task<IResult> AssignRole(IMediator mediator, Guid id, [FromHeader(Name = "If-Match")] string? ifMatch,
        AssignRoleRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var assigned = await mediator.Send(request.ToCommand(id, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(assigned.CollaborationVersion);
        return TypedResults.Created($"{ApiVersion.BasePath}{CollaborationEndpoints.Path}/{id}/roles", assigned.Role);
    }

    /// <summary>Correct a role</summary>
    /// <remarks>
    /// Replaces the role and who fills it, recorded wrongly; the phase it was assigned in stays. The history names the role before
    /// and after and the `reason`, never the person. Turning the projectleider or programmamanager that let implementatie end into
    /// another role is 409 `correction-breaks-exit-rule`. Requires `If-Match`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="roleId">Identifier of the role assignment.</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this correction is based on.</param>
    /// <param name="request">The role and person as they really are, and why it is corrected.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The corrected role; `ETag` is the collaboration's new version.</response>
    /// <response code="409">`correction-breaks-exit-rule` or `collaboration-ended`.</response>
    private static async Task<RoleDto> CorrectRole(IMediator mediator, Guid id, Guid roleId, [FromHeader(Name = "If-Match"), Required] string? ifMatch,
        CorrectRoleRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var corrected = await mediator.Send(request.ToCommand(id, roleId, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(corrected.CollaborationVersion);
        return corrected.Role;
    }

    /// <summary>Remove a role</summary>
    /// <remarks>Removes the role with its personal data; the history records that a role was removed, not who held it.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="roleId">Identifier of the role assignment.</param>
    /// <param name="ifMatch">Optional: the `ETag` of the collaboration this change is based on.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="204">Removed; `ETag` is the collaboration's new version.</response>
    private static async Task<IResult> RemoveRole(IMediator mediator, Guid id, Guid roleId, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var version = await mediator.Send(new RemoveRoleCommand(id, roleId, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(version);
        return TypedResults.NoContent();
    }
}
