using FluentValidation;

namespace Samenwerking.Application.Collaborations.SetOperatingSince;

public sealed class SetOperatingSinceValidator : AbstractValidator<SetOperatingSinceCommand>
{
    public SetOperatingSinceValidator() => RuleFor(c => c.OperatingSince).NotEmpty();
}
