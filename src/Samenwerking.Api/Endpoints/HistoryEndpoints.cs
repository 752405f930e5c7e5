using Mediator;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.OpenApi;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Application.History.ListHistory;

namespace Samenwerking.Api.Endpoints;

public static class HistoryEndpoints
{
    public static void MapHistoryEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet(CollaborationEndpoints.Path + "/{id}/history", ListHistory).WithTags("History").WithName("listHistory")
            .WithParametersValidatedAs<ListHistoryQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

    /// <summary>Timeline of a collaboration</summary>
    /// <remarks>Everything that happened to the collaboration (created or registered, edited, participants, decisions, roles, phases, evaluations), newest first, with who and when, the id of what it is about (`decisionId`, `roleId`, `transitionId`, `evaluationId`, `activityId`, `municipalityCode`) and an `href` to GET it. Written in the same transaction as each change.</remarks>
    /// <param name="mediator"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1 to 100.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">One page of the timeline.</response>
    private static async Task<PagedResult<HistoryEntryDto>> ListHistory(IMediator mediator, Guid id, int page = 1,
        int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var entries = await mediator.Send(new ListHistoryQuery(id, page, pageSize), cancellationToken);
        return entries with { Items = [.. entries.Items.Select(entry => entry.WithHref(id))] };
    }
}
