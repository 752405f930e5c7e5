using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.Phases;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Phases;
using Samenwerking.Application.Phases.GetPhases;
using Samenwerking.Application.Phases.GetReadiness;
using Samenwerking.Application.Phases.ListPhaseTransitions;
using Samenwerking.Application.Phases.RevertPhaseTransition;
using Samenwerking.Application.Phases.WithdrawOperatingSince;

namespace Samenwerking.Api.Endpoints;

public static class PhaseEndpoints
{
    public static void MapPhaseEndpoints(this IEndpointRouteBuilder api)
    {
        var collaboration = api.MapGroup(CollaborationEndpoints.Path + "/{id}").WithTags("Phases");

        collaboration.MapGet("/phase-transitions", ListPhaseTransitions).WithName("listPhaseTransitions")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        collaboration.MapPost("/phase-transitions", CreatePhaseTransition).WithName("createPhaseTransition")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.CreatePhaseTransition)
            .Produces<PhaseTransitionDto>(StatusCodes.Status201Created)
            .ProducesChangeProblems(ifMatchRequired: true)
            .RequireWriteScope(WhoMay.ActiveParticipant);

        collaboration.MapDelete("/phase-transitions/{transitionId}", RevertPhaseTransition).WithName("revertPhaseTransition")
            .ProducesETag()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesChangeProblems(ifMatchRequired: true)
            .RequireWriteScope(WhoMay.ActiveParticipant);

        collaboration.MapGet("/phases", GetPhases).WithName("listPhases")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        collaboration.MapGet("/phases/current/readiness", GetReadiness).WithName("getReadiness")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        collaboration.MapPut("/operating-since", SetOperatingSince).WithName("setOperatingSince")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.SetOperatingSince)
            .ProducesChangeProblems(ifMatchRequired: true)
            .RequireWriteScope(WhoMay.ActiveParticipant);

        collaboration.MapDelete("/operating-since", WithdrawOperatingSince).WithName("withdrawOperatingSince")
            .ProducesETag()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesChangeProblems(ifMatchRequired: true)
            .RequireWriteScope(WhoMay.ActiveParticipant);
    }

    /// <summary>Revert the last phase transition</summary>
    /// <remarks>
    /// Undoes the last phase transition, recorded by mistake, for a `reason`: the collaboration is back in the phase it left. Both
    /// the transition's history entry and the revert's stay in the history, and the change feed says so
    /// (`collaboration.phase-transition-reverted`). Only the last transition can be reverted, and not once evaluations were recorded
    /// in doorontwikkeling: 409 `transition-revert-not-allowed`. Requires `If-Match`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="transitionId">Identifier of the phase transition (the last one).</param>
    /// <param name="reason">Why it is reverted, e.g. `per ongeluk vastgelegd` (kept in the history; no personal data).</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this revert is based on.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="204">Reverted; `ETag` is the collaboration's new version.</response>
    /// <response code="409">`transition-revert-not-allowed` or `collaboration-ended`.</response>
    private static async Task<IResult> RevertPhaseTransition(IMediator mediator, Guid id, Guid transitionId, [FromQuery, Required] string? reason,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, HttpResponse response, CancellationToken cancellationToken)
    {
        var version = await mediator.Send(new RevertPhaseTransitionCommand(id, transitionId, reason ?? "", EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(version);
        return TypedResults.NoContent();
    }

    /// <summary>Withdraw the operating date</summary>
    /// <remarks>
    /// Withdraws an operating date recorded by mistake, for a `reason`. Once implementatie is left its exit rule needs the date:
    /// 409 `correction-breaks-exit-rule` (correct it with `PUT` instead). Requires `If-Match`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="reason">Why it is withdrawn, e.g. `onjuist geregistreerd` (kept in the history; no personal data).</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this withdrawal is based on.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="204">Withdrawn; `ETag` is the collaboration's new version.</response>
    /// <response code="404">The collaboration does not exist or has no operating date.</response>
    /// <response code="409">`correction-breaks-exit-rule`, `operating-since-not-editable` or `collaboration-ended`.</response>
    private static async Task<IResult> WithdrawOperatingSince(IMediator mediator, Guid id, [FromQuery, Required] string? reason,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, HttpResponse response, CancellationToken cancellationToken)
    {
        var version = await mediator.Send(new WithdrawOperatingSinceCommand(id, reason ?? "", EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(version);
        return TypedResults.NoContent();
    }

    /// <summary>List phase transitions</summary>
    /// <remarks>Every transition so far, oldest first, with who recorded it, when, the effective date and the rationale.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The transitions.</response>
    private static async Task<ItemList<PhaseTransitionDto>> ListPhaseTransitions(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        ItemList.Of(await mediator.Send(new ListPhaseTransitionsQuery(id), cancellationToken));

    /// <summary>Move to the next phase</summary>
    /// <remarks>
    /// Moves the collaboration one phase on: verkenning → voorbereiding → implementatie → doorontwikkeling. Requires `If-Match`.
    /// Anything but the next phase is 409 `phase-transition-not-allowed` (with `currentPhase` and `allowedNextPhase`); when exit
    /// rules of the current phase do not hold it is 409 `exit-rules-not-met` listing every `unmetRules` entry (`code`, `detail`).
    /// `GET …/phases/current/readiness` shows the same checklist beforehand.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this transition is based on.</param>
    /// <param name="request">Target phase, effective date and rationale.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="201">The transition; `ETag` is the collaboration's new version.</response>
    /// <response code="409">`phase-transition-not-allowed`, `exit-rules-not-met` or `effective-date-before-phase-start`.</response>
    private static async Task<IResult> CreatePhaseTransition(IMediator mediator, Guid id, [FromHeader(Name = "If-Match"), Required] string? ifMatch,
        TransitionPhaseRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(request.ToCommand(id, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(result.CollaborationVersion);
        return TypedResults.Created($"{ApiVersion.BasePath}{CollaborationEndpoints.Path}/{id}/phase-transitions", result.Transition);
    }

    /// <summary>List the phases</summary>
    /// <remarks>The four phases in order, each `completed`, `current`, `upcoming`, or `notRecorded` (passed before the collaboration was registered here), with the dates that are known.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The phases.</response>
    private static async Task<ItemList<PhasePeriodDto>> GetPhases(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        ItemList.Of(await mediator.Send(new GetPhasesQuery(id), cancellationToken));

    /// <summary>Readiness checklist of the current phase</summary>
    /// <remarks>Each exit rule of the current phase with `met` and a detail (such as the municipalities still missing a decision): exactly what a transition would decide now.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The checklist.</response>
    private static async Task<ReadinessDto> GetReadiness(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetReadinessQuery(id), cancellationToken);

    /// <summary>Set the operating date</summary>
    /// <remarks>
    /// The date the collaboration started (or will start) operating, set during implementatie; leaving implementatie needs it reached.
    /// In doorontwikkeling it is corrected, with an optional `reason` the history keeps beside the previous date; a date that would
    /// break implementatie's exit rule (in the future) is 409 `correction-breaks-exit-rule`. Before implementatie it is 409
    /// `operating-since-not-editable`. Requires `If-Match`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this change is based on.</param>
    /// <param name="request">The date.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The collaboration after the change.</response>
    private static async Task<CollaborationDto> SetOperatingSince(IMediator mediator, Guid id, [FromHeader(Name = "If-Match"), Required] string? ifMatch,
        SetOperatingSinceRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        return response.WithETag(await mediator.Send(request.ToCommand(id, EntityTags.ParseIfMatch(ifMatch)), cancellationToken));
    }
}
