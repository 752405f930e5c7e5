using Microsoft.Extensions.Localization;
using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities.RecordDevelopmentActivity;

public sealed class RecordDevelopmentActivityValidator : AbstractValidator<RecordDevelopmentActivityCommand>
{
    public RecordDevelopmentActivityValidator(IClock clock, IStringLocalizer<Messages> messages)
    {
        RuleFor(a => a.Status).Must(s => s is null or DevelopmentActivityStatus.Gepland or DevelopmentActivityStatus.Gehouden)
            .WithMessage(_ => messages.Get("Validation.Activity.StatusToRecord"));
        this.DevelopmentActivityFields(clock, messages);
    }
}
