using FluentValidation;

namespace Samenwerking.Application.EvaluationFrameworks.CreateEvaluationFramework;

public sealed class CreateEvaluationFrameworkValidator : AbstractValidator<CreateEvaluationFrameworkCommand>
{
    public CreateEvaluationFrameworkValidator() => this.AddEvaluationFrameworkDetailsRules();
}
