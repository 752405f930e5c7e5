using FluentValidation;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;

namespace Samenwerking.Application.Collaborations.CreateCollaboration;

public sealed class CreateCollaborationValidator : AbstractValidator<CreateCollaborationCommand>
{
    public CreateCollaborationValidator(IClock clock)
    {
        this.AddCollaborationDetailsRules();
        RuleFor(c => c.Participants).NotEmpty().WithMessage("'{PropertyName}' must name at least one municipality.");
        RuleForEach(c => c.Participants).SetValidator(new ParticipantInputValidator<ParticipantInput>(clock));
        RuleFor(c => c.Participants)
            .Must(p => p.Select(x => x.MunicipalityCode).Distinct().Count() == p.Count)
            .WithMessage("'{PropertyName}' names a municipality more than once.");

        RuleFor(c => c.Phase)
            .Must(phase => phase is null or Phase.Verkenning or Phase.Implementatie or Phase.Doorontwikkeling)
            .WithMessage("'{PropertyName}' is verkenning for a new collaboration, or implementatie or doorontwikkeling to register an existing one.");
        RuleFor(c => c.OperatingSince).Null().When(c => !c.IsRegistration)
            .WithMessage("'{PropertyName}' is set during implementatie; a new collaboration starts in verkenning without it.");
        RuleFor(c => c.OperatingSince).Must(date => date <= clock.Today).When(c => c.OperatingSince is not null)
            .WithMessage("'{PropertyName}' cannot be in the future.");
        RuleFor(c => c.OperatingSince).NotNull().When(c => c.Phase == Phase.Doorontwikkeling)
            .WithMessage("'{PropertyName}' is required to register a collaboration in doorontwikkeling.");
        RuleFor(c => c.Participants).Must(p => p.Count >= 2).When(c => c.IsRegistration)
            .WithMessage("'{PropertyName}' must name at least two municipalities to register an existing collaboration.");
        RuleFor(c => c).Custom((command, context) =>
        {
            if (!command.IsRegistration)
            {
                return;
            }

            // The domain decides what "decided" means; the same list makes the registration refuse.
            foreach (var field in command.ToDimensions().Undecided())
            {
                context.AddFailure(field, $"'{field}' is required to register a collaboration in {DomainTerms.Of(command.Phase!.Value)}.");
            }
        });
    }
}
