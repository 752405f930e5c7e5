using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Municipalities;

namespace Samenwerking.Application.Herindelingen;

/// <summary>The shape of a declared herindeling; whether the reference data agrees is the domain's rule (<c>Herindeling.Declare</c>).</summary>
public abstract class HerindelingDeclarationValidator<T> : AbstractValidator<T> where T : IHerindelingDeclaration
{
    /// <summary>The largest herindelingen joined five or six municipalities; twenty leaves room without inviting lists of the whole country.</summary>
    public const int MaxEndingMunicipalities = 20;

    protected HerindelingDeclarationValidator(IStringLocalizer<Messages> messages)
    {
        RuleFor(h => h.EffectiveOn).NotEmpty();
        RuleFor(h => h.EndingMunicipalityCodes).NotEmpty()
            .Must(codes => codes.Count <= MaxEndingMunicipalities)
            .WithMessage(_ => messages.Get("Validation.List.Between", ("min", 1), ("max", MaxEndingMunicipalities)))
            .Must(codes => codes.Distinct(StringComparer.Ordinal).Count() == codes.Count)
            .WithMessage(_ => messages.Get("Validation.Participants.Repeated"));
        RuleForEach(h => h.EndingMunicipalityCodes).MunicipalityCode();
        RuleFor(h => h.SuccessorCode).MunicipalityCode()
            .Must((h, successor) => !h.EndingMunicipalityCodes.Contains(successor, StringComparer.Ordinal))
            .WithMessage(_ => messages.Get("Validation.Herindeling.SuccessorEnds"));
    }
}
