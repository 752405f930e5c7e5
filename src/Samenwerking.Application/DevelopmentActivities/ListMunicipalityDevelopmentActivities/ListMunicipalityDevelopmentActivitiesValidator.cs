using FluentValidation;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Application.Municipalities;

namespace Samenwerking.Application.DevelopmentActivities.ListMunicipalityDevelopmentActivities;

public sealed class ListMunicipalityDevelopmentActivitiesValidator : AbstractValidator<ListMunicipalityDevelopmentActivitiesQuery>
{
    public ListMunicipalityDevelopmentActivitiesValidator()
    {
        RuleFor(q => q.Code).MunicipalityCode();
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
