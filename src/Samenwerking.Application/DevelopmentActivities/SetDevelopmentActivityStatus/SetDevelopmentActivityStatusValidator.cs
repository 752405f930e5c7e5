using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities.SetDevelopmentActivityStatus;

public sealed class SetDevelopmentActivityStatusValidator : AbstractValidator<SetDevelopmentActivityStatusCommand>
{
    public SetDevelopmentActivityStatusValidator(IClock clock, IStringLocalizer<Messages> messages)
    {
        RuleFor(c => c.Status).Must(s => s is DevelopmentActivityStatus.Gehouden or DevelopmentActivityStatus.Geannuleerd)
            .WithMessage(_ => messages.Get("Validation.Activity.StatusToSet"));
        When(c => c.Status == DevelopmentActivityStatus.Gehouden, () =>
        {
            RuleFor(c => c.HeldOn).NotInTheFuture(clock).WithMessage(_ => messages.Get("Validation.Activity.NotInTheFuture"));
            this.HeldAttendance(c => c.AttendeeCount, c => c.Attendance, messages);
        }).Otherwise(() =>
        {
            RuleFor(c => c.HeldOn).Null().WithMessage(_ => messages.Get("Validation.Activity.OnlyOnceHeld"));
            RuleFor(c => c.AttendeeCount).Equal(0).WithMessage(_ => messages.Get("Validation.Activity.OnlyOnceHeld"));
            RuleFor(c => c.Attendance).Empty().WithMessage(_ => messages.Get("Validation.Activity.OnlyOnceHeld"));
        });
    }
}
