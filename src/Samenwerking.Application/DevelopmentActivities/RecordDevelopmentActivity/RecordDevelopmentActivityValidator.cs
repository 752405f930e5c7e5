using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities.RecordDevelopmentActivity;

public sealed class RecordDevelopmentActivityValidator : AbstractValidator<RecordDevelopmentActivityCommand>
{
    public RecordDevelopmentActivityValidator(IClock clock)
    {
        RuleFor(a => a.Kind).IsInEnum().WithMessage(_ => Localized.Text(
            $"'{{PropertyName}}' is required: one of {DomainTerms.AllOf<DevelopmentActivityKind>()}.",
            $"'{{PropertyName}}' is verplicht: een van {DomainTerms.AllOf<DevelopmentActivityKind>()}."));
        RuleFor(a => a.Title).NotEmpty().MaximumLength(DevelopmentActivity.MaxTitleLength);
        RuleFor(a => a.HeldOn).NotEmpty()
            .NotInTheFuture(clock).WithMessage(_ => Localized.Text(
                "'{PropertyName}' cannot be in the future: record an activity once it took place.",
                "'{PropertyName}' mag niet in de toekomst liggen: leg een activiteit vast nadat die heeft plaatsgevonden."));
        RuleFor(a => a.AttendeeCount).InclusiveBetween(1, DevelopmentActivity.MaxAttendeeCount);
        RuleFor(a => a.Notes).MaximumLength(DevelopmentActivity.MaxNotesLength);
    }
}
