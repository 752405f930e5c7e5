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
    /// <remarks>The date the collaboration started (or will start) operating; only during implementatie (409 `operating-since-not-editable` otherwise). Leaving implementatie needs it reached. Requires `If-Match`.</remarks>
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
