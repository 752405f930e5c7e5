using Mediator;
using Samenwerking.Application.Common.Paging;

namespace Samenwerking.Application.Delegations.ListDelegations;

/// <summary>A collaboration's delegations, newest first, paged; withdrawn and expired ones too, as a record of who could act.</summary>
public sealed record ListDelegationsQuery(Guid CollaborationId, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<DelegationDto>>;
