using FluentValidation;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Common;

/// <summary>
/// Field rules for a collaboration's description. Whether the dimensions agree with each other is
/// the domain's rule (<see cref="Dimensions.Inconsistencies"/>); it is asked here so a client hears
/// about every problem in one 400.
/// </summary>
public static class CollaborationDetailsRules
{
    public static void AddCollaborationDetailsRules<T>(this AbstractValidator<T> validator) where T : ICollaborationDetails
    {
        validator.RuleFor(c => c.Name).NotEmpty()
            .Must(name => name.Trim().Length is >= Collaboration.MinNameLength and <= Collaboration.MaxNameLength)
            .WithMessage(_ => Localized.Text(
                $"'{{PropertyName}}' must have {Collaboration.MinNameLength} to {Collaboration.MaxNameLength} characters.",
                $"'{{PropertyName}}' moet {Collaboration.MinNameLength} tot en met {Collaboration.MaxNameLength} tekens hebben."));
        validator.RuleFor(c => c.Description).MaximumLength(Collaboration.MaxDescriptionLength);
        validator.RuleForEach(c => c.TaskTypes).IsInEnum();
        validator.RuleFor(c => c.TaskTypes).Must(types => types.Distinct().Count() == types.Count)
            .WithMessage(_ => Localized.Text(
                "'{PropertyName}' lists a task type more than once.",
                "'{PropertyName}' noemt een taaktype meer dan eens."));
        validator.RuleFor(c => c.Tasks).Must(tasks => tasks.Count <= 100).WithMessage(_ => Localized.Text(
            "'{PropertyName}' names at most 100 tasks.",
            "'{PropertyName}' noemt ten hoogste 100 taken."));
        validator.RuleForEach(c => c.Tasks).ChildRules(task =>
        {
            task.RuleFor(t => t.Name).NotEmpty().MaximumLength(NamedTask.MaxNameLength);
            task.RuleFor(t => t.Type).IsInEnum();
        });

        validator.RuleFor(c => c).Custom((details, context) =>
        {
            if (details.Tasks.Any(t => string.IsNullOrWhiteSpace(t.Name)))
            {
                return;
            }

            foreach (var inconsistency in details.ToDimensions().Inconsistencies())
            {
                context.AddFailure(inconsistency.Field, inconsistency.Message);
            }
        });
    }
}
