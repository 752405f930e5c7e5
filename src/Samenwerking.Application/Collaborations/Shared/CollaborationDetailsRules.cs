using FluentValidation;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>
/// Field rules for a collaboration's description. Whether the dimensions agree with each other is
/// the domain's rule (<see cref="Dimensions.Inconsistencies"/>); it is asked here so a client hears
/// about every problem in one 400.
/// </summary>
public static class CollaborationDetailsRules
{
    /// <summary>Whether every named task is present and named: only then can the domain judge the dimensions.</summary>
    public static bool HasCompleteTasks(this ICollaborationDetails details) =>
        details.Tasks.All(t => t is not null && !string.IsNullOrWhiteSpace(t.Name));
    private const int MaxTasks = 100;

    public static void AddCollaborationDetailsRules<T>(this AbstractValidator<T> validator) where T : ICollaborationDetails
    {
        validator.RuleFor(c => c.Name).NotEmpty().TrimmedLength(Collaboration.MinNameLength, Collaboration.MaxNameLength);
        validator.RuleFor(c => c.Description).MaximumLength(Collaboration.MaxDescriptionLength);
        validator.RuleForEach(c => c.TaskTypes).IsInEnum();
        validator.RuleFor(c => c.TaskTypes).Must(types => types.Distinct().Count() == types.Count)
            .WithMessage(_ => Messages.Shared.Get("Validation.TaskTypes.Repeated"));
        validator.RuleFor(c => c.Tasks).ItemCount(0, MaxTasks).WithMessage(_ => Messages.Shared.Get("Validation.Tasks.AtMost", ("max", MaxTasks)));
        validator.RuleForEach(c => c.Tasks).NotNull().ChildRules(task =>
        {
            task.RuleFor(t => t.Name).NotEmpty().MaximumLength(NamedTask.MaxNameLength);
            task.RuleFor(t => t.Type).IsInEnum();
        });

        validator.RuleFor(c => c).Custom((details, context) =>
        {
            // Until every task is there and named, the dimensions cannot be compared with the tasks.
            if (!details.HasCompleteTasks())
            {
                return;
            }

            foreach (var inconsistency in details.ToDimensions().Inconsistencies())
            {
                context.AddFailure(inconsistency.Field, inconsistency.Message.InRequestLanguage());
            }
        });
    }
}
