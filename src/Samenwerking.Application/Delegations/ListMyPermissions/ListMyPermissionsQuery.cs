using Mediator;
using Samenwerking.Application.Common.Paging;

namespace Samenwerking.Application.Delegations.ListMyPermissions;

/// <summary>What may I change? The collaborations the caller may change today, by name, paged.</summary>
public sealed record ListMyPermissionsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<PermissionDto>>;
