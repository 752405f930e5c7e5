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
        RuleFor(a => a.Kind).IsInEnum().WithMessage(_ => messages.Get("Validation.OneOf.Required", ("values", DomainTerms.AllOf<DevelopmentActivityKind>())));
        RuleFor(a => a.Title).NotEmpty().MaximumLength(DevelopmentActivity.MaxTitleLength);
        RuleFor(a => a.Status).Must(s => s is null or DevelopmentActivityStatus.Gepland or DevelopmentActivityStatus.Gehouden)
            .WithMessage(_ => messages.Get("Validation.Activity.StatusToRecord"));
        RuleFor(a => a.HeldOn).NotEmpty();
        When(a => a.StatusOrHeld == DevelopmentActivityStatus.Gehouden, () =>
        {
            RuleFor(a => a.HeldOn).NotInTheFuture(clock).WithMessage(_ => messages.Get("Validation.Activity.NotInTheFuture"));
            this.HeldAttendance(a => a.AttendeeCount, a => a.Attendance, messages);
        }).Otherwise(() =>
        {
            RuleFor(a => a.AttendeeCount).Equal(0).WithMessage(_ => messages.Get("Validation.Activity.OnlyOnceHeld"));
            RuleFor(a => a.Attendance).Empty().WithMessage(_ => messages.Get("Validation.Activity.OnlyOnceHeld"));
        });
        RuleFor(a => a.Notes).MaximumLength(DevelopmentActivity.MaxNotesLength);
    }
}
