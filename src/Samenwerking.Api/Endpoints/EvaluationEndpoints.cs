using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.Evaluations;
using Samenwerking.Application.Evaluations;
using Samenwerking.Application.Evaluations.GetEvaluation;
using Samenwerking.Application.Evaluations.GetEvaluationTrend;
using Samenwerking.Application.Evaluations.ListEvaluations;
using Samenwerking.Application.Evaluations.WithdrawEvaluation;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Api.Endpoints;

public static class EvaluationEndpoints
{
    public static void MapEvaluationEndpoints(this IEndpointRouteBuilder api)
    {
        var evaluations = api.MapGroup(CollaborationEndpoints.Path + "/{id}/evaluations").WithTags("Evaluations");

        evaluations.MapGet("", ListEvaluations).WithName("listEvaluations")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        evaluations.MapPost("", RecordEvaluation).WithName("recordEvaluation")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.RecordEvaluation)
            .Produces<EvaluationDto>(StatusCodes.Status201Created)
            .ProducesChangeProblems()
            .RequireWriteScope(DelegatedChange.Evaluations);

        // A literal segment outranks the {evaluationId} parameter, so "trend" never reads as an id.
        evaluations.MapGet("/trend", GetEvaluationTrend).WithName("getEvaluationTrend")
            .WithParametersValidatedAs<GetEvaluationTrendQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        evaluations.MapGet("/{evaluationId}", GetEvaluation).WithName("getEvaluation")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        evaluations.MapPut("/{evaluationId}", CorrectEvaluation).WithName("correctEvaluation")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.CorrectEvaluation)
            .Produces<EvaluationDto>()
            .ProducesChangeProblems(ifMatchRequired: true)
            .RequireWriteScope(DelegatedChange.Evaluations);

        evaluations.MapEvaluationPatch();

        evaluations.MapDelete("/{evaluationId}", WithdrawEvaluation).WithName("withdrawEvaluation")
            .ProducesETag()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesChangeProblems(ifMatchRequired: true)
            .RequireWriteScope(DelegatedChange.Evaluations);
    }

    /// <summary>List a collaboration's evaluations</summary>
    /// <remarks>
    /// Newest first. Each carries the mean of its scored criteria and, per criterion, the previous score and the change
    /// since the previous evaluation with the same framework (`previousEvaluationId`).
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The evaluations, newest first.</response>
    /// <response code="404">No collaboration has this id.</response>
    private static async Task<ItemList<EvaluationDto>> ListEvaluations(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        ItemList.Of(await mediator.Send(new ListEvaluationsQuery(id), cancellationToken));

    /// <summary>Record an evaluation</summary>
    /// <remarks>
    /// An evaluation against one framework. Every criterion of the framework appears exactly once in `scores`: with a
    /// `score` of 1 to 5 and an `explanation`, or with `nietBeoordeeld: true` and a `reason`. Unknown, repeated or missing
    /// criteria, an unknown `frameworkId` and a date in the future are 400. Only for a collaboration in `doorontwikkeling`
    /// (otherwise 409 `evaluation-requires-doorontwikkeling` with `currentPhase`), not dated before it started operating
    /// (409 `dated-before-operating-since` with `operatingSince`). From then on the framework's criteria are frozen. The next
    /// evaluation's due date moves with it. `If-Match` is optional; when sent it must be current. Changes the collaboration's `ETag`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="ifMatch">Optional: the `ETag` of the collaboration this change is based on.</param>
    /// <param name="request">The evaluation.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="201">Recorded; `Location` names the evaluation and `ETag` is the collaboration's new version.</response>
    /// <response code="404">No collaboration has this id.</response>
    /// <response code="409">`evaluation-requires-doorontwikkeling` or `dated-before-operating-since`.</response>
    private static async Task<IResult> RecordEvaluation(IMediator mediator, Guid id, [FromHeader(Name = "If-Match")] string? ifMatch,
        RecordEvaluationRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var change = await mediator.Send(request.ToCommand(id, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(change.CollaborationVersion);
        return TypedResults.Created($"{ApiVersion.BasePath}{CollaborationEndpoints.Path}/{id}/evaluations/{change.Evaluation.Id}", change.Evaluation);
    }

    /// <summary>Correct an evaluation</summary>
    /// <remarks>
    /// Replaces what a recorded evaluation says (date, kind, evaluator, scores, findings, recommendations) under the rules it was
    /// recorded by; it stays an evaluation against the same framework (one against another framework is withdrawn and recorded
    /// anew), and every criterion of that framework appears once in `scores`. Any active participant (or an administrator)
    /// corrects it. The history keeps what it judged before and the `reason`, never who evaluated; the next evaluation's due date
    /// moves with a corrected date. No exit rule reads evaluations, so none is broken by it. Requires `If-Match`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="evaluationId">Identifier of the evaluation.</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this correction is based on.</param>
    /// <param name="request">The evaluation as it really was, and why it is corrected.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The corrected evaluation; `ETag` is the collaboration's new version.</response>
    /// <response code="404">No collaboration has this id, or it has no evaluation with this id.</response>
    /// <response code="409">`collaboration-ended`, `dated-before-operating-since`, `dated-in-the-future` or `score-sheet-incomplete`.</response>
    private static async Task<EvaluationDto> CorrectEvaluation(IMediator mediator, Guid id, Guid evaluationId,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, CorrectEvaluationRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var corrected = await mediator.Send(request.ToCommand(id, evaluationId, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(corrected.CollaborationVersion);
        return corrected.Evaluation;
    }

    /// <summary>Withdraw an evaluation</summary>
    /// <remarks>
    /// Withdraws an evaluation recorded by mistake, for a `reason` such as "onjuist geregistreerd"; the history keeps what it
    /// judged, who withdrew it and why. Any active participant (or an administrator) withdraws it. The latest remaining evaluation
    /// becomes the last one, and the next due date moves with it. Requires `If-Match`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="evaluationId">Identifier of the evaluation.</param>
    /// <param name="reason">Why it is withdrawn, e.g. `onjuist geregistreerd` (kept in the history; no personal data).</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this withdrawal is based on.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="204">Withdrawn; `ETag` is the collaboration's new version.</response>
    /// <response code="404">No collaboration has this id, or it has no evaluation with this id.</response>
    /// <response code="409">`collaboration-ended`.</response>
    private static async Task<IResult> WithdrawEvaluation(IMediator mediator, Guid id, Guid evaluationId, [FromQuery, Required] string? reason,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, HttpResponse response, CancellationToken cancellationToken)
    {
        var version = await mediator.Send(new WithdrawEvaluationCommand(id, evaluationId, reason ?? "", EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(version);
        return TypedResults.NoContent();
    }

    /// <summary>Get an evaluation</summary>
    /// <remarks>One evaluation with its mean score and, per criterion, the change since the previous evaluation with the same framework.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="evaluationId">Identifier of the evaluation.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The evaluation.</response>
    /// <response code="404">No collaboration has this id, or it has no evaluation with this id.</response>
    private static async Task<EvaluationDto> GetEvaluation(IMediator mediator, Guid id, Guid evaluationId, CancellationToken cancellationToken) =>
        await mediator.Send(new GetEvaluationQuery(id, evaluationId), cancellationToken);

    /// <summary>Get the trend of a collaboration's scores</summary>
    /// <remarks>
    /// Per criterion of the framework, in its order, the scores of the collaboration's evaluations with that framework,
    /// oldest first: one series per line of a chart. Every series has a point for every evaluation; `score` is null where
    /// the criterion was not assessed. Evaluations with other frameworks are left out, since their criteria differ.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="frameworkId">The framework whose criteria to chart.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The series per criterion; empty series when the collaboration has no evaluation with this framework.</response>
    /// <response code="404">No collaboration has this id.</response>
    private static async Task<EvaluationTrendDto> GetEvaluationTrend(IMediator mediator, Guid id,
        // Nullable so that a missing one reaches the validator (a 400 that says why it is needed); [Required] so the
        // document says what that validator insists on (RequiredParameterFilter).
        [Required] Guid? frameworkId,
        CancellationToken cancellationToken) =>
        await mediator.Send(new GetEvaluationTrendQuery(id, frameworkId), cancellationToken);
}
