using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;

namespace Samenwerking.Application.Municipalities.GetMunicipality;

public sealed class GetMunicipalityHandler(IApplicationDbContext db) : IQueryHandler<GetMunicipalityQuery, MunicipalityDto>
{
    public async ValueTask<MunicipalityDto> Handle(GetMunicipalityQuery query, CancellationToken cancellationToken)
    {
        // Records of one code never overlap, so the latest start is the current (or last) one.
        return await db.Municipalities
                   .Where(m => m.Code == query.Code)
                   .OrderByDescending(m => m.ValidFrom)
                   .ProjectToDto()
                   .FirstOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException("Municipality", query.Code);
    }
}
