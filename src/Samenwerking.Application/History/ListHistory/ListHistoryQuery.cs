using Mediator;
using Samenwerking.Application.Common.Paging;

namespace Samenwerking.Application.History.ListHistory;

/// <summary>A collaboration's timeline, newest first, paged.</summary>
public sealed record ListHistoryQuery(Guid CollaborationId, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<HistoryEntryDto>>;
