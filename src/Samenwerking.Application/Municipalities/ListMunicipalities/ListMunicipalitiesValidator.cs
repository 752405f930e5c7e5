using FluentValidation;
using Samenwerking.Application.Common.Paging;

namespace Samenwerking.Application.Municipalities.ListMunicipalities;

public sealed class ListMunicipalitiesValidator : AbstractValidator<ListMunicipalitiesQuery>
{
    public ListMunicipalitiesValidator()
    {
        RuleFor(q => q.Name).MaximumLength(100);
        RuleFor(q => q.Province).ProvinceCode();
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
