using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
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
        RuleFor(c => c.DecidedOn).NotEmpty().Must(date => date <= clock.Today).WithMessage("'{PropertyName}' cannot be in the future.");
        RuleFor(c => c.Reference).MaximumLength(Decision.MaxReferenceLength);
        RuleFor(c => c.Summary).MaximumLength(Decision.MaxSummaryLength);
        RuleFor(c => c.Body)
            .Must((command, body) => DecisionRules.Fits(command.Kind, body))
            .When(c => Enum.IsDefined(c.Kind) && Enum.IsDefined(c.Body))
            .WithMessage(c => $"A {DomainTerms.Of(c.Kind)} is taken by {string.Join(" or ", DecisionRules.BodiesFor(c.Kind).Select(DomainTerms.Of))}, not by {DomainTerms.Of(c.Body)}.");
    }
}
