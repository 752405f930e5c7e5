using FluentValidation;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Application.Municipalities;

public static class MunicipalityRules
{
    public static IRuleBuilderOptions<T, string?> MunicipalityCode<T>(this IRuleBuilder<T, string?> code) =>
        code.NotEmpty()
            .Matches(Domain.Municipalities.MunicipalityCode.Pattern)
            .WithMessage(_ => Localized.Text(
                "'{PropertyName}' must be a CBS municipality code: GM followed by four digits, e.g. GM0363.",
                "'{PropertyName}' moet een CBS-gemeentecode zijn: GM gevolgd door vier cijfers, bijvoorbeeld GM0363."));

    public static IRuleBuilderOptions<T, string?> ProvinceCode<T>(this IRuleBuilder<T, string?> code) =>
        code.Matches("^PV[0-9]{2}$")
            .WithMessage(_ => Localized.Text(
                "'{PropertyName}' must be a CBS province code: PV followed by two digits, e.g. PV27.",
                "'{PropertyName}' moet een CBS-provinciecode zijn: PV gevolgd door twee cijfers, bijvoorbeeld PV27."));
}
