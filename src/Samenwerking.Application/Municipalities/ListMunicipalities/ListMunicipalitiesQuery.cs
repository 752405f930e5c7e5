using Mediator;
using Samenwerking.Application.Common.Paging;

namespace Samenwerking.Application.Municipalities.ListMunicipalities;

/// <summary>Municipalities in force on a date, optionally narrowed by name and province.</summary>
public sealed record ListMunicipalitiesQuery(
    string? Name,
    string? Province,
    DateOnly? ActiveOn,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<MunicipalityDto>>;
