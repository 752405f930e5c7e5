using FluentValidation;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.EvaluationFrameworks;

/// <summary>
/// Field rules for a framework. Which criterion codes are acceptable is the domain's rule
/// (<see cref="EvaluationFramework.CriteriaProblems"/>); it is asked here so every problem comes in one 400.
/// </summary>
public static class EvaluationFrameworkDetailsRules
{
    public static void AddEvaluationFrameworkDetailsRules<T>(this AbstractValidator<T> validator) where T : IEvaluationFrameworkDetails
    {
        validator.RuleFor(f => f.Name).NotEmpty().TrimmedLength(EvaluationFramework.MinNameLength, EvaluationFramework.MaxNameLength);
        validator.RuleFor(f => f.Description).NotEmpty().MaximumLength(EvaluationFramework.MaxDescriptionLength);
        validator.RuleFor(f => f.Criteria).NotNull();
        validator.RuleForEach(f => f.Criteria).NotNull().ChildRules(criterion =>
        {
            criterion.RuleFor(c => c.Name).NotEmpty().MaximumLength(EvaluationCriterion.MaxNameLength);
            criterion.RuleFor(c => c.Description).NotEmpty().MaximumLength(EvaluationCriterion.MaxDescriptionLength);
        });

        validator.RuleFor(f => f).Custom((details, context) =>
        {
            if (details.Criteria is null || details.Criteria.Any(c => c is null))
            {
                return;
            }

            foreach (var problem in EvaluationFramework.CriteriaProblems(details.ToCriteria()))
            {
                context.AddFailure(problem.Field, problem.Message);
            }
        });
    }
}
