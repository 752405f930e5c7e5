using Mediator;
using Microsoft.AspNetCore.Mvc;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.Evaluations;
using Samenwerking.Application.Evaluations;
using Samenwerking.Application.Evaluations.GetEvaluationSchedule;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Api.Endpoints;

public static class EvaluationScheduleEndpoints
{
    public static void MapEvaluationScheduleEndpoints(this IEndpointRouteBuilder api)
    {
        var schedule = api.MapGroup(CollaborationEndpoints.Path + "/{id}/evaluation-schedule").WithTags("Evaluations");

        schedule.MapGet("", GetEvaluationSchedule).WithName("getEvaluationSchedule")
            .ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        schedule.MapPut("", UpdateEvaluationSchedule).WithName("updateEvaluationSchedule")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.UpdateEvaluationSchedule)
            .ProducesChangeProblems()
            .RequireWriteScope(DelegatedChange.Evaluations);
    }

    /// <summary>Get a collaboration's evaluation schedule</summary>
    /// <remarks>
    /// The agreed interval, the last evaluation and when the next is due: the last evaluation's date, or when there is none
    /// the date doorontwikkeling began, plus the interval in whole years (29 February plus one year is 28 February).
    /// `nextEvaluationDue` is null outside doorontwikkeling. The `ETag` header is the collaboration's version.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The schedule.</response>
    /// <response code="404">No collaboration has this id.</response>
    private static async Task<EvaluationScheduleDto> GetEvaluationSchedule(IMediator mediator, Guid id, HttpResponse response,
        CancellationToken cancellationToken)
    {
        return response.WithETag(await mediator.Send(new GetEvaluationScheduleQuery(id), cancellationToken));
    }

    /// <summary>Change the evaluation interval</summary>
    /// <remarks>
    /// Sets every how many years (1 to 10) the collaboration is evaluated, as its regeling agrees; the next due date moves
    /// with it. Allowed in every phase, since the agreement is usually made while preparing. `If-Match` is optional: the
    /// schedule has this one editable field, so a lost update can only replace one interval with another; when sent it must
    /// be current. Changes the collaboration's `ETag`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="ifMatch">Optional: the `ETag` of the collaboration this change is based on.</param>
    /// <param name="request">The interval.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The schedule after the change; `ETag` is the collaboration's new version.</response>
    /// <response code="404">No collaboration has this id.</response>
    private static async Task<EvaluationScheduleDto> UpdateEvaluationSchedule(IMediator mediator, Guid id,
        [FromHeader(Name = "If-Match")] string? ifMatch, UpdateEvaluationScheduleRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        return response.WithETag(await mediator.Send(request.ToCommand(id, EntityTags.ParseIfMatch(ifMatch)), cancellationToken));
    }
}
