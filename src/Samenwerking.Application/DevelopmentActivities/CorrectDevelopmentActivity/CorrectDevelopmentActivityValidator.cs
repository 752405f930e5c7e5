using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Corrections;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities.CorrectDevelopmentActivity;

public sealed class CorrectDevelopmentActivityValidator : AbstractValidator<CorrectDevelopmentActivityCommand>
{
    public CorrectDevelopmentActivityValidator(IClock clock, IStringLocalizer<Messages> messages)
    {
        RuleFor(c => c.Status).IsInEnum()
            .WithMessage(_ => messages.Get("Validation.OneOf.Required", ("values", DomainTerms.AllOf<DevelopmentActivityStatus>())));
        this.DevelopmentActivityFields(clock, messages);
        RuleFor(c => c.Reason).OptionalReason();
    }
}
