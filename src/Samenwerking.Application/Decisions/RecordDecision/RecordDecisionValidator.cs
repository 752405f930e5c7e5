using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Application.Municipalities;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Decisions;

namespace Samenwerking.Application.Decisions.RecordDecision;

public sealed class RecordDecisionValidator : AbstractValidator<RecordDecisionCommand>
{
    public RecordDecisionValidator(IClock clock)
    {
        RuleFor(c => c.MunicipalityCode).MunicipalityCode();
        RuleFor(c => c.Body).IsInEnum();
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Outcome).IsInEnum();
        RuleFor(c => c.DecidedOn).NotEmpty().NotInTheFuture(clock);
        RuleFor(c => c.Reference).MaximumLength(Decision.MaxReferenceLength);
        RuleFor(c => c.Summary).MaximumLength(Decision.MaxSummaryLength);
        RuleFor(c => c.Body)
            .Must((command, body) => DecisionRules.Fits(command.Kind, body))
            .When(c => Enum.IsDefined(c.Kind) && Enum.IsDefined(c.Body))
            .WithMessage(c => Localized.Text(
                $"A {DomainTerms.Of(c.Kind)} is taken by {string.Join(" or ", DecisionRules.BodiesFor(c.Kind).Select(DomainTerms.Of))}, not by {DomainTerms.Of(c.Body)}.",
                $"Een {DomainTerms.Of(c.Kind)} wordt genomen door {string.Join(" of ", DecisionRules.BodiesFor(c.Kind).Select(DomainTerms.Of))}, niet door {DomainTerms.Of(c.Body)}."));
    }
}
