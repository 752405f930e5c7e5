using FluentValidation;
using Samenwerking.Application.Common.Corrections;

namespace Samenwerking.Application.Phases.SetOperatingSince;

public sealed class SetOperatingSinceValidator : AbstractValidator<SetOperatingSinceCommand>
{
    public SetOperatingSinceValidator()
    {
        RuleFor(c => c.OperatingSince).NotEmpty();
        RuleFor(c => c.Reason).OptionalReason();
    }
}
