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
            .WithMessage(_ => Messages.Shared.Get("Validation.Municipality.CodeFormat"));

    public static IRuleBuilderOptions<T, string?> ProvinceCode<T>(this IRuleBuilder<T, string?> code) =>
        code.Matches("^PV[0-9]{2}$")
            .WithMessage(_ => Messages.Shared.Get("Validation.Province.CodeFormat"));
}
