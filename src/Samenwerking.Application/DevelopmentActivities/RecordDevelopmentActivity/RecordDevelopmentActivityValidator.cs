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
        RuleFor(a => a.HeldOn).NotEmpty()
            .NotInTheFuture(clock).WithMessage(_ => messages.Get("Validation.Activity.NotInTheFuture"));
        RuleFor(a => a.AttendeeCount).InclusiveBetween(1, DevelopmentActivity.MaxAttendeeCount);
        RuleFor(a => a.Notes).MaximumLength(DevelopmentActivity.MaxNotesLength);
    }
}
