using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Corrections;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Decisions.CorrectDecision;

public sealed class CorrectDecisionValidator : AbstractValidator<CorrectDecisionCommand>
{
    public CorrectDecisionValidator(IClock clock, IStringLocalizer<Messages> messages)
    {
        this.DecisionFields(clock, messages);
        RuleFor(c => c.Reason).OptionalReason();
    }
}
