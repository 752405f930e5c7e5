using FluentValidation;

namespace Samenwerking.Application.Municipalities.GetMunicipality;

public sealed class GetMunicipalityValidator : AbstractValidator<GetMunicipalityQuery>
{
    public GetMunicipalityValidator() => RuleFor(q => q.Code).MunicipalityCode();
}
