using Riok.Mapperly.Abstractions;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class DevelopmentActivityMapper
{
    public static partial IQueryable<DevelopmentActivityDto> ProjectToDto(this IQueryable<DevelopmentActivity> activities);

    public static partial DevelopmentActivityDto ToDto(this DevelopmentActivity activity);
}
