using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Decisions;

namespace Samenwerking.Application.Decisions;

public static class DecisionInput
{
    /// <summary>The rules of a decision's fields, one set for recording and correcting.</summary>
    public static void DecisionFields<T>(this AbstractValidator<T> validator, IClock clock, IStringLocalizer<Messages> messages)
        where T : IDecisionInput
    {
        validator.RuleFor(c => c.Body).IsInEnum();
        validator.RuleFor(c => c.Kind).IsInEnum();
        validator.RuleFor(c => c.Outcome).IsInEnum();
        validator.RuleFor(c => c.DecidedOn).NotEmpty().NotInTheFuture(clock);
        validator.RuleFor(c => c.Reference).MaximumLength(Decision.MaxReferenceLength);
        validator.RuleFor(c => c.Summary).MaximumLength(Decision.MaxSummaryLength);
        validator.RuleFor(c => c.Body)
            .Must((command, body) => DecisionRules.Fits(command.Kind, body))
            .When(c => Enum.IsDefined(c.Kind) && Enum.IsDefined(c.Body))
            .WithMessage(c => messages.Get("Validation.Decision.BodyMismatch", ("kind", DomainTerms.Of(c.Kind)),
                ("bodies", string.Join(messages.Get("Text.Or"), DecisionRules.BodiesFor(c.Kind).Select(DomainTerms.Of))), ("body", DomainTerms.Of(c.Body))));
    }
}
