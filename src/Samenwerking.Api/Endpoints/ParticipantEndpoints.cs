using Mediator;
using Microsoft.AspNetCore.Mvc;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.Participants;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Participants.ListParticipants;
using Samenwerking.Application.Participants.RemoveParticipant;

namespace Samenwerking.Api.Endpoints;

public static class ParticipantEndpoints
{
    public static void MapParticipantEndpoints(this IEndpointRouteBuilder api)
    {
        var participants = api.MapGroup(CollaborationEndpoints.Path + "/{id}/participants").WithTags("Participants");

        participants.MapGet("", ListParticipants).WithName("listParticipants")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        participants.MapPost("", AddParticipant).WithName("addParticipant")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.AddParticipant)
            .Produces<ParticipantDto>(StatusCodes.Status201Created)
            .ProducesChangeProblems()
            .RequireWriteScope(WhoMay.ActiveParticipant);

        participants.MapDelete("/{municipalityCode}", RemoveParticipant).WithName("removeParticipant")
            .ProducesETag()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesChangeProblems()
            .RequireWriteScope(WhoMay.ActiveParticipant);

        participants.MapPost("/{municipalityCode}/withdrawal", WithdrawParticipant).WithName("withdrawParticipant")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.WithdrawParticipant)
            .ProducesChangeProblems()
            .RequireWriteScope(WhoMay.ThatMunicipality);
    }

    /// <summary>List participants</summary>
    /// <remarks>All municipalities that take or took part, in order of joining (by `joinedOn`, then in the order they were added), as `items`: the list is bounded by the collaboration and comes whole. Former ones carry `leftOn` and a reason.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The participants.</response>
    private static async Task<ItemList<ParticipantDto>> ListParticipants(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        ItemList.Of(await mediator.Send(new ListParticipantsQuery(id), cancellationToken));

    /// <summary>Add a participant</summary>
    /// <remarks>
    /// A municipality joins. It must exist and be in force on `joinedOn`, may not already take part, and there is at
    /// most one `centrumgemeente`. `If-Match` is optional; when sent it must be current. Changes the collaboration's `ETag`.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="ifMatch">Optional: the `ETag` of the collaboration this change is based on.</param>
    /// <param name="request">The joining municipality.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="201">Joined; `ETag` is the collaboration's new version.</response>
    /// <response code="409">`duplicate-participant`, `municipality-not-in-force` or `centrumgemeente-already-assigned`.</response>
    private static async Task<IResult> AddParticipant(IMediator mediator, Guid id, [FromHeader(Name = "If-Match")] string? ifMatch,
        AddParticipantRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var change = await mediator.Send(request.ToCommand(id, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(change.CollaborationVersion);
        return TypedResults.Created($"{ApiVersion.BasePath}{CollaborationEndpoints.Path}/{id}/participants", change.Participant);
    }

    /// <summary>Remove a participant</summary>
    /// <remarks>While in `verkenning` a municipality that will not take part after all is simply removed. From `voorbereiding` on this answers 409 `participant-removal-not-allowed`: record a withdrawal instead.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="municipalityCode">CBS code of the participating municipality.</param>
    /// <param name="ifMatch">Optional: the `ETag` of the collaboration this change is based on.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="204">Removed; `ETag` is the collaboration's new version.</response>
    /// <response code="409">`participant-removal-not-allowed` or `last-participant`.</response>
    private static async Task<IResult> RemoveParticipant(IMediator mediator, Guid id, string municipalityCode,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, CancellationToken cancellationToken)
    {
        var version = await mediator.Send(new RemoveParticipantCommand(id, municipalityCode, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(version);
        return TypedResults.NoContent();
    }

    /// <summary>Record a withdrawal (uittreding)</summary>
    /// <remarks>From `voorbereiding` on, a participant leaves on `leftOn` for a `reason`; it stays in the history. In `verkenning` this answers 409 `withdrawal-not-applicable`: remove the participant instead.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="municipalityCode">CBS code of the participating municipality.</param>
    /// <param name="ifMatch">Optional: the `ETag` of the collaboration this change is based on.</param>
    /// <param name="request">Date and reason.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The participant after leaving; `ETag` is the collaboration's new version.</response>
    /// <response code="409">`withdrawal-not-applicable`, `participant-already-left` or `withdrawal-before-joining`.</response>
    private static async Task<ParticipantDto> WithdrawParticipant(IMediator mediator, Guid id, string municipalityCode,
        [FromHeader(Name = "If-Match")] string? ifMatch, WithdrawParticipantRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var change = await mediator.Send(request.ToCommand(id, municipalityCode, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(change.CollaborationVersion);
        return change.Participant;
    }
}
