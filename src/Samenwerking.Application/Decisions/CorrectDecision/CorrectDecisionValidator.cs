using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Corrections;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Decisions;

namespace Samenwerking.Application.Decisions.CorrectDecision;

public sealed class CorrectDecisionValidator : AbstractValidator<CorrectDecisionCommand>
{
    public CorrectDecisionValidator(IClock clock, IStringLocalizer<Messages> messages)
    {
        RuleFor(c => c.Body).IsInEnum();
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Outcome).IsInEnum();
        RuleFor(c => c.DecidedOn).NotEmpty().NotInTheFuture(clock);
        RuleFor(c => c.Reference).MaximumLength(Decision.MaxReferenceLength);
        RuleFor(c => c.Summary).MaximumLength(Decision.MaxSummaryLength);
        RuleFor(c => c.Reason).OptionalReason();
        RuleFor(c => c.Body)
            .Must((command, body) => DecisionRules.Fits(command.Kind, body))
            .When(c => Enum.IsDefined(c.Kind) && Enum.IsDefined(c.Body))
            .WithMessage(c => messages.Get("Validation.Decision.BodyMismatch", ("kind", DomainTerms.Of(c.Kind)),
                ("bodies", string.Join(messages.Get("Text.Or"), DecisionRules.BodiesFor(c.Kind).Select(DomainTerms.Of))), ("body", DomainTerms.Of(c.Body))));
    }
}
