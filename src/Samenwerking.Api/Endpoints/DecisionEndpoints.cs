using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.Decisions;
using Samenwerking.Application.Decisions;
using Samenwerking.Application.Decisions.GetDecision;
using Samenwerking.Application.Decisions.ListDecisions;
using Samenwerking.Application.Decisions.WithdrawDecision;

namespace Samenwerking.Api.Endpoints;

public static class DecisionEndpoints
{
    public static void MapDecisionEndpoints(this IEndpointRouteBuilder api)
    {
        var decisions = api.MapGroup(CollaborationEndpoints.Path + "/{id}/decisions").WithTags("Decisions");

        decisions.MapGet("", ListDecisions).WithName("listDecisions")
            .WithParametersValidatedAs<ListDecisionsQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        decisions.MapPost("", RecordDecision).WithName("createDecision")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.CreateDecision)
            .Produces<DecisionDto>(StatusCodes.Status201Created)
            .ProducesChangeProblems()
            .RequireWriteScope(WhoMay.ThatMunicipality);

        decisions.MapGet("/{decisionId}", GetDecision).WithName("getDecision")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        decisions.MapPut("/{decisionId}", CorrectDecision).WithName("correctDecision")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.CorrectDecision)
            .Produces<DecisionDto>()
            .ProducesChangeProblems(ifMatchRequired: true)
            .RequireWriteScope(WhoMay.ThatMunicipality);

        decisions.MapDecisionPatch();

        decisions.MapDelete("/{decisionId}", WithdrawDecision).WithName("withdrawDecision")
            .ProducesETag()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesChangeProblems(ifMatchRequired: true)
            .RequireWriteScope(WhoMay.ThatMunicipality);
    }

    /// <summary>Correct a decision</summary>
    /// <remarks>
    /// Replaces what a recorded decision says (body, kind, date, outcome, reference, summary); it stays the decision of the same
    /// municipality, and only a user acting for that municipality (or an administrator) corrects it. The history keeps the previous
    /// value and the `reason`. A correction after which an exit rule of a phase the collaboration has already left would no longer
    /// hold (say, the toestemming voorbereiding needed turned negative) is 409 `correction-breaks-exit-rule`, naming the `phase`
    /// and the `unmetRules`. Requires `If-Match`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="decisionId">Identifier of the decision.</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this correction is based on.</param>
    /// <param name="request">The decision as it really is, and why it is corrected.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The corrected decision; `ETag` is the collaboration's new version.</response>
    /// <response code="409">`correction-breaks-exit-rule`, `collaboration-ended`, `decision-body-mismatch` or `dated-in-the-future`.</response>
    private static async Task<DecisionDto> CorrectDecision(IMediator mediator, Guid id, Guid decisionId,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, CorrectDecisionRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var corrected = await mediator.Send(request.ToCommand(id, decisionId, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(corrected.CollaborationVersion);
        return corrected.Decision;
    }

    /// <summary>Withdraw a decision</summary>
    /// <remarks>
    /// Withdraws a decision recorded by mistake, for a `reason` such as "onjuist geregistreerd"; the history keeps what it said, who
    /// withdrew it and why. Only a user acting for the decision's municipality (or an administrator) withdraws it. A decision an exit
    /// rule of a phase already left needs is kept: 409 `correction-breaks-exit-rule`. Requires `If-Match`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="decisionId">Identifier of the decision.</param>
    /// <param name="reason">Why it is withdrawn, e.g. `onjuist geregistreerd` (kept in the history; no personal data).</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this withdrawal is based on.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="204">Withdrawn; `ETag` is the collaboration's new version.</response>
    /// <response code="409">`correction-breaks-exit-rule` or `collaboration-ended`.</response>
    private static async Task<IResult> WithdrawDecision(IMediator mediator, Guid id, Guid decisionId, [FromQuery, Required] string? reason,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, HttpResponse response, CancellationToken cancellationToken)
    {
        var version = await mediator.Send(new WithdrawDecisionCommand(id, decisionId, reason ?? "", EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(version);
        return TypedResults.NoContent();
    }

    /// <summary>List decisions</summary>
    /// <remarks>The formal decisions recorded for the collaboration (besluitvorming), by date.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="municipality">Only decisions of this municipality (CBS code).</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The decisions.</response>
    private static async Task<ItemList<DecisionDto>> ListDecisions(IMediator mediator, Guid id, string? municipality,
        CancellationToken cancellationToken) =>
        ItemList.Of(await mediator.Send(new ListDecisionsQuery(id, municipality), cancellationToken));

    /// <summary>Record a decision</summary>
    /// <remarks>
    /// A formal decision of an active participant: zienswijze, toestemming and wensenEnBedenkingen come from the raad; besluitTotDeelname
    /// from the college or burgemeester. Which decisions are needed to leave voorbereiding depends on the legal form; a negative toestemming
    /// blocks until a later positive one is recorded. `If-Match` is optional.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="ifMatch">Optional: the `ETag` of the collaboration this change is based on.</param>
    /// <param name="request">The decision.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="201">Recorded; `ETag` is the collaboration's new version.</response>
    /// <response code="409">`not-an-active-participant`.</response>
    private static async Task<IResult> RecordDecision(IMediator mediator, Guid id, [FromHeader(Name = "If-Match")] string? ifMatch,
        RecordDecisionRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var recorded = await mediator.Send(request.ToCommand(id, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(recorded.CollaborationVersion);
        return TypedResults.Created($"{ApiVersion.BasePath}{CollaborationEndpoints.Path}/{id}/decisions/{recorded.Decision.Id}", recorded.Decision);
    }

    /// <summary>Get a decision</summary>
    /// <remarks>One recorded decision.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="decisionId">Identifier of the decision.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The decision.</response>
    private static async Task<DecisionDto> GetDecision(IMediator mediator, Guid id, Guid decisionId, CancellationToken cancellationToken) =>
        await mediator.Send(new GetDecisionQuery(id, decisionId), cancellationToken);
}
