using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.Json;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.Collaborations;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Collaborations.DeleteCollaboration;
using Samenwerking.Application.Collaborations.GetCollaboration;
using Samenwerking.Application.Collaborations.ListCollaborations;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Api.Endpoints;

public static class CollaborationEndpoints
{
    public const string Path = "/collaborations";

    public static void MapCollaborationEndpoints(this IEndpointRouteBuilder api)
    {
        var collaborations = api.MapGroup(Path).WithTags("Collaborations");

        collaborations.MapGet("", ListCollaborations).WithName("listCollaborations")
            .WithParametersValidatedAs<ListCollaborationsQuery>()
            .RequireReadScope()
            .WithDeprecatedCsvExport(RegisterCsvEndpoints.CollaborationsQuery,
                request => RegisterExportEndpoints.RegisterPath + CsvNegotiationDeprecation.Query(request, "phase", "municipality", "legalKind", "legalInstrument"),
                RegisterExportEndpoints.RegisterFileName);

        collaborations.MapPost("", CreateCollaboration).WithName("createCollaboration")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.CreateCollaboration)
            .Produces<CollaborationDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireWriteScope(WhoMay.OneOfTheNamedParticipants);

        collaborations.MapGet("/{id}", GetCollaboration).WithName("getCollaboration")
            .ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        collaborations.MapPut("/{id}", UpdateCollaboration).WithName("updateCollaboration")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.UpdateCollaboration)
            .ProducesChangeProblems(ifMatchRequired: true)
            .RequireWriteScope(DelegatedChange.DescriptionAndChoices);

        collaborations.MapCollaborationPatch();

        collaborations.MapDelete("/{id}", DeleteCollaboration).WithName("deleteCollaboration")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesChangeProblems(ifMatchRequired: true)
            .RequireWriteScope(WhoMay.ActiveParticipant);
    }

    /// <summary>List collaborations</summary>
    /// <remarks>Collaborations filtered by phase, participant, legal form, task type, initiative, ambtelijke fusie, name and evaluation due date; sorted and paged.</remarks>
    /// <param name="mediator"></param>
    /// <param name="phase">Only collaborations in this phase.</param>
    /// <param name="municipality">Only collaborations in which this municipality (CBS code) takes part now.</param>
    /// <param name="legalKind">Only this kind of legal form.</param>
    /// <param name="legalInstrument">Only this legal instrument.</param>
    /// <param name="taskType">Only collaborations with this type of task.</param>
    /// <param name="initiative">Only voluntary or only legally required collaborations.</param>
    /// <param name="isAmbtelijkeFusie">Only (true) or no (false) ambtelijke fusies.</param>
    /// <param name="q">Part of the name, case- and accent-insensitive.</param>
    /// <param name="sort">Sort order: `name` (default), `createdAt` or `updatedAt`; prefix `-` for descending.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1 to 100.</param>
    /// <param name="evaluationDueBefore">Only collaborations whose next evaluation is due before this date (yyyy-MM-dd).</param>
    /// <param name="updatedSince">Only collaborations changed at or after this moment (ISO 8601 with any offset, e.g. `2026-11-29T10:00:00Z` or `2026-11-29T11:00:00%2B01:00`): send the latest `updatedAt` you have seen to read only what changed.</param>
    /// <param name="evaluationOverdue">Only collaborations whose next evaluation is overdue (true: the due date has passed) or not (false: due today or later). Collaborations outside doorontwikkeling have no due date and match neither.</param>
    /// <param name="after">Keyset pagination: the `page.next` cursor of the previous page (same filters and `sort`), for clients that walk the whole list; the page starts right after that page's last item, so items inserted or deleted meanwhile shift nothing. Only with `page` 1.</param>
    /// <param name="includeEnded">Also collaborations that ended (opheffing), each with its `endedOn` (default false: they are left out).</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">One page of collaborations. (Deprecated: `Accept: text/csv` here still answers the register as CSV, announced with `Deprecation` and `Sunset` headers, until the sunset; use `GET /register`.)</response>
    private static async Task<PagedResult<CollaborationSummaryDto>> ListCollaborations(IMediator mediator,
        DomainValue<Phase>? phase, string? municipality, DomainValue<LegalKind>? legalKind, DomainValue<LegalInstrument>? legalInstrument,
        DomainValue<TaskType>? taskType, DomainValue<Initiative>? initiative, bool? isAmbtelijkeFusie, string? q, string? sort,
        int page = 1, int pageSize = Paging.DefaultPageSize, DateOnly? evaluationDueBefore = null, bool? evaluationOverdue = null,
        DateTimeOffset? updatedSince = null, string? after = null, bool includeEnded = false, CancellationToken cancellationToken = default) =>
        await mediator.Send(new ListCollaborationsQuery(phase.OrNull(), municipality, legalKind.OrNull(), legalInstrument.OrNull(),
            taskType.OrNull(), initiative.OrNull(), isAmbtelijkeFusie, q, sort, page, pageSize, evaluationDueBefore, evaluationOverdue)
            { UpdatedSince = updatedSince, After = after, IncludeEnded = includeEnded }, cancellationToken);

    /// <summary>Create a collaboration</summary>
    /// <remarks>
    /// Records a new collaboration in phase `verkenning`, with at least one participating municipality and
    /// whatever dimensions are already known. The name must be unique regardless of case and accents.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="request">The collaboration.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="201">Created; `Location` and `ETag` name the new collaboration and its version.</response>
    /// <response code="409">A collaboration with this name exists (`duplicate-name`), or a municipality cannot join (`municipality-not-in-force`, `centrumgemeente-already-assigned`).</response>
    private static async Task<IResult> CreateCollaboration(IMediator mediator, CreateCollaborationRequest request,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(request.ToCommand(), cancellationToken);
        var collaboration = response.WithETag(created);
        return TypedResults.Created($"{ApiVersion.BasePath}{Path}/{collaboration.Id}", collaboration);
    }

    /// <summary>Get a collaboration</summary>
    /// <remarks>The full representation: phase, participants, the six dimensions, named tasks and the derived `isAmbtelijkeFusie`. The `ETag` header is the version to send in `If-Match` when changing it.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The collaboration.</response>
    /// <response code="404">No collaboration has this id.</response>
    private static async Task<CollaborationDto> GetCollaboration(IMediator mediator, Guid id, HttpResponse response,
        CancellationToken cancellationToken)
    {
        return response.WithETag(await mediator.Send(new GetCollaborationQuery(id), cancellationToken));
    }

    /// <summary>Replace a collaboration's editable fields</summary>
    /// <remarks>
    /// Replaces name, description, dimensions and tasks as a whole: a member left out becomes unknown, also a
    /// member that a later minor version adds and this client does not know. To change only some fields, use
    /// `PATCH` (a JSON Merge Patch), which leaves everything it does not mention as it is.
    /// Requires `If-Match` with the current `ETag`: without it 428, with a stale one 412 (carrying the current `ETag`),
    /// so two editors never overwrite each other silently.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="ifMatch">The `ETag` of the version this change is based on.</param>
    /// <param name="request">The new editable fields.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The collaboration after the change, with its new `ETag`.</response>
    private static async Task<CollaborationDto> UpdateCollaboration(IMediator mediator, Guid id,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, UpdateCollaborationRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        return response.WithETag(await mediator.Send(request.ToCommand(id, EntityTags.ParseIfMatch(ifMatch)), cancellationToken));
    }

    /// <summary>Delete a collaboration</summary>
    /// <remarks>Only while in `verkenning` (an exploration that went nowhere); later phases keep their history and answer 409 `deletion-not-allowed`. Requires `If-Match`.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="ifMatch">The `ETag` of the version being deleted.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="204">Deleted.</response>
    private static async Task<IResult> DeleteCollaboration(IMediator mediator, Guid id,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteCollaborationCommand(id, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        return TypedResults.NoContent();
    }
}
