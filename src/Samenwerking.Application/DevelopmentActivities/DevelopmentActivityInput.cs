using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities;

public static class DevelopmentActivityInput
{
    /// <summary>
    /// The rules of an activity's fields, one set for recording and correcting: a held one is not in the future and has
    /// attendees that add up; a planned or cancelled one has none. Which statuses are allowed is the command's own rule.
    /// </summary>
    public static void DevelopmentActivityFields<T>(this AbstractValidator<T> validator, IClock clock, IStringLocalizer<Messages> messages)
        where T : IDevelopmentActivityInput
    {
        validator.RuleFor(a => a.Kind).IsInEnum()
            .WithMessage(_ => messages.Get("Validation.OneOf.Required", ("values", DomainTerms.AllOf<DevelopmentActivityKind>())));
        validator.RuleFor(a => a.Title).NotEmpty().MaximumLength(DevelopmentActivity.MaxTitleLength);
        validator.RuleFor(a => a.HeldOn).NotEmpty();
        validator.When(a => a.StatusOrHeld == DevelopmentActivityStatus.Gehouden, () =>
        {
            validator.RuleFor(a => a.HeldOn).NotInTheFuture(clock).WithMessage(_ => messages.Get("Validation.Activity.NotInTheFuture"));
            validator.HeldAttendance(a => a.AttendeeCount, a => a.Attendance, messages);
        }).Otherwise(() =>
        {
            validator.RuleFor(a => a.AttendeeCount).Equal(0).WithMessage(_ => messages.Get("Validation.Activity.OnlyOnceHeld"));
            validator.RuleFor(a => a.Attendance).Empty().WithMessage(_ => messages.Get("Validation.Activity.OnlyOnceHeld"));
        });
        validator.RuleFor(a => a.Notes).MaximumLength(DevelopmentActivity.MaxNotesLength);
    }
}
