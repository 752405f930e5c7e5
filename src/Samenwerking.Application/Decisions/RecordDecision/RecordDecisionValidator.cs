using Microsoft.Extensions.Localization;
using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Municipalities;

namespace Samenwerking.Application.Decisions.RecordDecision;

public sealed class RecordDecisionValidator : AbstractValidator<RecordDecisionCommand>
{
    public RecordDecisionValidator(IClock clock, IStringLocalizer<Messages> messages)
    {
        RuleFor(c => c.MunicipalityCode).MunicipalityCode();
        this.DecisionFields(clock, messages);
    }
}
