using FluentValidation;

namespace Samenwerking.Application.Phases.SetOperatingSince;

public sealed class SetOperatingSinceValidator : AbstractValidator<SetOperatingSinceCommand>
{
    public SetOperatingSinceValidator() => RuleFor(c => c.OperatingSince).NotEmpty();
}
