using FluentValidation;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Common;

/// <summary>
/// Field rules for a collaboration's description. Whether the dimensions agree with each other is
/// the domain's rule (<see cref="Dimensions.Inconsistencies"/>); it is asked here so a client hears
/// about every problem in one 400.
/// </summary>
public static class CollaborationDetailsRules
{
    private const int MaxTasks = 100;

    public static void AddCollaborationDetailsRules<T>(this AbstractValidator<T> validator) where T : ICollaborationDetails
    {
        validator.RuleFor(c => c.Name).NotEmpty().TrimmedLength(Collaboration.MinNameLength, Collaboration.MaxNameLength);
        validator.RuleFor(c => c.Description).MaximumLength(Collaboration.MaxDescriptionLength);
        validator.RuleForEach(c => c.TaskTypes).IsInEnum();
        validator.RuleFor(c => c.TaskTypes).Must(types => types.Distinct().Count() == types.Count)
            .WithMessage(_ => Localized.Text(
                "'{PropertyName}' lists a task type more than once.",
                "'{PropertyName}' noemt een taaktype meer dan eens."));
        validator.RuleFor(c => c.Tasks).ItemCount(0, MaxTasks).WithMessage(_ => Localized.Text(
            $"'{{PropertyName}}' names at most {MaxTasks} tasks.",
            $"'{{PropertyName}}' noemt ten hoogste {MaxTasks} taken."));
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
