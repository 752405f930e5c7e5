using FluentValidation;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Application.Municipalities;

public static class MunicipalityRules
{
    public static IRuleBuilderOptions<T, string?> MunicipalityCode<T>(this IRuleBuilder<T, string?> code) =>
        code.NotEmpty().MunicipalityCodeWhenGiven();

    /// <summary>A CBS code when given; unconditional, so the OpenAPI document shows its pattern on optional filters too.</summary>
    public static IRuleBuilderOptions<T, string?> MunicipalityCodeWhenGiven<T>(this IRuleBuilder<T, string?> code) =>
        code.Matches(Domain.Municipalities.MunicipalityCode.Pattern)
            .WithMessage(_ => Localized.Text(
                "'{PropertyName}' must be a CBS municipality code: GM followed by four digits, e.g. GM0363.",
                "'{PropertyName}' moet een CBS-gemeentecode zijn: GM gevolgd door vier cijfers, bijvoorbeeld GM0363."));

    public static IRuleBuilderOptions<T, string?> ProvinceCode<T>(this IRuleBuilder<T, string?> code) =>
        code.Matches("^PV[0-9]{2}$")
            .WithMessage(_ => Localized.Text(
                "'{PropertyName}' must be a CBS province code: PV followed by two digits, e.g. PV27.",
                "'{PropertyName}' moet een CBS-provinciecode zijn: PV gevolgd door twee cijfers, bijvoorbeeld PV27."));
}
