using Riok.Mapperly.Abstractions;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Application.Municipalities;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class MunicipalityMapper
{
    public static partial IQueryable<MunicipalityDto> ProjectToDto(this IQueryable<Municipality> municipalities);

    public static partial MunicipalityDto ToDto(this Municipality municipality);
}
