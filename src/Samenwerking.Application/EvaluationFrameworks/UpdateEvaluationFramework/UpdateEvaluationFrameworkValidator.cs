using FluentValidation;

namespace Samenwerking.Application.EvaluationFrameworks.UpdateEvaluationFramework;

public sealed class UpdateEvaluationFrameworkValidator : AbstractValidator<UpdateEvaluationFrameworkCommand>
{
    public UpdateEvaluationFrameworkValidator() => this.AddEvaluationFrameworkDetailsRules();
}
