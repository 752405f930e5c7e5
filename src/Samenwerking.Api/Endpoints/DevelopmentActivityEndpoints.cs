using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.DevelopmentActivities;
using Samenwerking.Application.DevelopmentActivities;
using Samenwerking.Application.DevelopmentActivities.GetDevelopmentActivity;
using Samenwerking.Application.DevelopmentActivities.ListDevelopmentActivities;
using Samenwerking.Application.DevelopmentActivities.WithdrawDevelopmentActivity;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Api.Endpoints;

public static class DevelopmentActivityEndpoints
{
    public static void MapDevelopmentActivityEndpoints(this IEndpointRouteBuilder api)
    {
        var activities = api.MapGroup(CollaborationEndpoints.Path + "/{id}/development-activities").WithTags("Development activities");

        activities.MapGet("", ListDevelopmentActivities).WithName("listDevelopmentActivities")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        activities.MapPost("", RecordDevelopmentActivity).WithName("recordDevelopmentActivity")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.RecordDevelopmentActivity)
            .Produces<DevelopmentActivityDto>(StatusCodes.Status201Created)
            .ProducesChangeProblems()
            .RequireWriteScope(DelegatedChange.DevelopmentAndLearning);

        activities.MapGet("/{activityId}", GetDevelopmentActivity).WithName("getDevelopmentActivity")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        activities.MapPut("/{activityId}", CorrectDevelopmentActivity).WithName("correctDevelopmentActivity")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.CorrectDevelopmentActivity)
            .Produces<DevelopmentActivityDto>()
            .ProducesChangeProblems(ifMatchRequired: true)
            .RequireWriteScope(DelegatedChange.DevelopmentAndLearning);

        activities.MapDevelopmentActivityPatch();

        activities.MapDelete("/{activityId}", WithdrawDevelopmentActivity).WithName("withdrawDevelopmentActivity")
            .ProducesETag()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesChangeProblems(ifMatchRequired: true)
            .RequireWriteScope(DelegatedChange.DevelopmentAndLearning);

        activities.MapPut("/{activityId}/status", SetDevelopmentActivityStatus).WithName("setDevelopmentActivityStatus")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.SetDevelopmentActivityStatus)
            .Produces<DevelopmentActivityDto>()
            .ProducesChangeProblems()
            .RequireWriteScope(DelegatedChange.DevelopmentAndLearning);
    }

    /// <summary>List a collaboration's development activities</summary>
    /// <remarks>Trainings, masterclasses, leergangen and intervisie that developed the collaboration skills of the people involved, most recent first.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The activities.</response>
    /// <response code="404">No collaboration has this id.</response>
    private static async Task<ItemList<DevelopmentActivityDto>> ListDevelopmentActivities(IMediator mediator, Guid id,
        CancellationToken cancellationToken) =>
        ItemList.Of(await mediator.Send(new ListDevelopmentActivitiesQuery(id), cancellationToken));

    /// <summary>Record or plan a development activity</summary>
    /// <remarks>
    /// A training, masterclass, leergang or intervisie, in any phase: developing collaboration skills goes on from the first
    /// exploration. Held (`status` `gehouden`, the default) it is dated today or earlier (a future date is 400) and has 1 to
    /// 10000 attendees, optionally with how many came from each participating municipality (numbers, no names; 409
    /// `attendance-of-non-participant` for another municipality). Planned (`gepland`) it may be dated in the future and has
    /// no attendees yet; `setDevelopmentActivityStatus` records it held or cancelled later. `If-Match` is optional; when sent
    /// it must be current. Changes the collaboration's `ETag`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="ifMatch">Optional: the `ETag` of the collaboration this change is based on.</param>
    /// <param name="request">The activity.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="201">Recorded; `Location` names the activity and `ETag` is the collaboration's new version.</response>
    /// <response code="404">No collaboration has this id.</response>
    /// <response code="409">`dated-in-the-future` or `attendance-of-non-participant`.</response>
    private static async Task<IResult> RecordDevelopmentActivity(IMediator mediator, Guid id, [FromHeader(Name = "If-Match")] string? ifMatch,
        RecordDevelopmentActivityRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var change = await mediator.Send(request.ToCommand(id, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(change.CollaborationVersion);
        return TypedResults.Created($"{ApiVersion.BasePath}{CollaborationEndpoints.Path}/{id}/development-activities/{change.Activity.Id}",
            change.Activity);
    }

    /// <summary>Record a planned activity held or cancelled</summary>
    /// <remarks>
    /// A planned (`gepland`) activity was held (`gehouden`: on its planned day or `heldOn`, not in the future, with 1 to 10000
    /// attendees and optionally how many came from each participating municipality) or will not take place (`geannuleerd`).
    /// Held and cancelled are final (409 `development-activity-not-planned`). `If-Match` is optional; when sent it must be
    /// current. Changes the collaboration's `ETag`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="activityId">Identifier of the activity.</param>
    /// <param name="ifMatch">Optional: the `ETag` of the collaboration this change is based on.</param>
    /// <param name="request">The new status, with the attendance when held.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The activity after the change; `ETag` is the collaboration's new version.</response>
    /// <response code="404">No collaboration has this id, or it has no activity with this id.</response>
    /// <response code="409">`development-activity-not-planned`, `dated-in-the-future` or `attendance-of-non-participant`.</response>
    private static async Task<DevelopmentActivityDto> SetDevelopmentActivityStatus(IMediator mediator, Guid id, Guid activityId,
        [FromHeader(Name = "If-Match")] string? ifMatch, SetDevelopmentActivityStatusRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var change = await mediator.Send(request.ToCommand(id, activityId, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(change.CollaborationVersion);
        return change.Activity;
    }

    /// <summary>Correct a development activity</summary>
    /// <remarks>
    /// Replaces what a recorded or planned activity says, its `status` included (`gepland`, `gehouden`, `geannuleerd`), under
    /// the rules it was recorded by: held, it is dated today or earlier (a future date is 400) and has 1 to 10000 attendees,
    /// optionally per participating municipality (409 `attendance-of-non-participant` for another); planned or cancelled, it
    /// has none. Any active participant (or an administrator) corrects it. The history keeps what it said before and the
    /// `reason` (numbers only, never who came, nor the notes). No exit rule reads activities. Requires `If-Match`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="activityId">Identifier of the activity.</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this correction is based on.</param>
    /// <param name="request">The activity as it really was or is, and why it is corrected.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The corrected activity; `ETag` is the collaboration's new version.</response>
    /// <response code="404">No collaboration has this id, or it has no activity with this id.</response>
    /// <response code="409">`collaboration-ended`, `dated-in-the-future` or `attendance-of-non-participant`.</response>
    private static async Task<DevelopmentActivityDto> CorrectDevelopmentActivity(IMediator mediator, Guid id, Guid activityId,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, CorrectDevelopmentActivityRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var corrected = await mediator.Send(request.ToCommand(id, activityId, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(corrected.CollaborationVersion);
        return corrected.Activity;
    }

    /// <summary>Withdraw a development activity</summary>
    /// <remarks>
    /// Withdraws an activity recorded by mistake, for a `reason` such as "onjuist geregistreerd"; the history keeps what it said,
    /// who withdrew it and why. (A planned activity that will not take place is cancelled instead, through its status.) Any
    /// active participant (or an administrator) withdraws it. Requires `If-Match`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="activityId">Identifier of the activity.</param>
    /// <param name="reason">Why it is withdrawn, e.g. `onjuist geregistreerd` (kept in the history; no personal data).</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this withdrawal is based on.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="204">Withdrawn; `ETag` is the collaboration's new version.</response>
    /// <response code="404">No collaboration has this id, or it has no activity with this id.</response>
    /// <response code="409">`collaboration-ended`.</response>
    private static async Task<IResult> WithdrawDevelopmentActivity(IMediator mediator, Guid id, Guid activityId, [FromQuery, Required] string? reason,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, HttpResponse response, CancellationToken cancellationToken)
    {
        var version = await mediator.Send(new WithdrawDevelopmentActivityCommand(id, activityId, reason ?? "", EntityTags.ParseIfMatch(ifMatch)),
            cancellationToken);
        response.SetETag(version);
        return TypedResults.NoContent();
    }

    /// <summary>Get a development activity</summary>
    /// <remarks>One activity of the collaboration.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="activityId">Identifier of the activity.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The activity.</response>
    /// <response code="404">No collaboration has this id, or it has no activity with this id.</response>
    private static async Task<DevelopmentActivityDto> GetDevelopmentActivity(IMediator mediator, Guid id, Guid activityId,
        CancellationToken cancellationToken) =>
        await mediator.Send(new GetDevelopmentActivityQuery(id, activityId), cancellationToken);
}
