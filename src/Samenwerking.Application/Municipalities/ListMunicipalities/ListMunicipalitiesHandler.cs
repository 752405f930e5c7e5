using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Domain.Common;

namespace Samenwerking.Application.Municipalities.ListMunicipalities;

public sealed class ListMunicipalitiesHandler(IApplicationDbContext db, IClock clock)
    : IQueryHandler<ListMunicipalitiesQuery, PagedResult<MunicipalityDto>>
{
    public async ValueTask<PagedResult<MunicipalityDto>> Handle(ListMunicipalitiesQuery query, CancellationToken cancellationToken)
    {
        var activeOn = query.ActiveOn ?? clock.Today;
        var municipalities = db.Municipalities
            .Where(m => m.ValidFrom <= activeOn && (m.ValidTo == null || m.ValidTo > activeOn));

        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            var name = SearchText.Normalize(query.Name);
            municipalities = municipalities.Where(m => m.NameForSearch.Contains(name));
        }

        if (query.Province is not null)
        {
            municipalities = municipalities.Where(m => m.ProvinceCode == query.Province);
        }

        return await municipalities
            .OrderBy(m => m.NameForSearch).ThenBy(m => m.Code)
            .ProjectToDto()
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
