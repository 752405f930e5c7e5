using Samenwerking.Application.Collaborations.Register;
using FluentValidation;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;

namespace Samenwerking.Application.Collaborations.CreateCollaboration;

public sealed class CreateCollaborationValidator : AbstractValidator<CreateCollaborationCommand>
{
    public CreateCollaborationValidator(IClock clock)
    {
        this.AddCollaborationDetailsRules();
        this.AddRegisterEntryRules(clock, c => c.Participants.Select(p => p.MunicipalityCode).ToHashSet());
        RuleFor(c => c.Participants).NotEmpty().WithMessage(_ => Localized.Text(
            "'{PropertyName}' must name at least one municipality.",
            "'{PropertyName}' moet ten minste één gemeente noemen."));
        RuleForEach(c => c.Participants).NotNull().SetValidator(new ParticipantInputValidator<ParticipantInput>(clock));
        RuleFor(c => c.Participants)
            .Must(p => p.Where(x => x is not null).Select(x => x.MunicipalityCode).Distinct().Count() == p.Count(x => x is not null))
            .WithMessage(_ => Localized.Text(
                "'{PropertyName}' names a municipality more than once.",
                "'{PropertyName}' noemt een gemeente meer dan eens."));

        RuleFor(c => c.Phase)
            .Must(phase => phase is null or Phase.Verkenning or Phase.Implementatie or Phase.Doorontwikkeling)
            .WithMessage(_ => Localized.Text(
                "'{PropertyName}' is verkenning for a new collaboration, or implementatie or doorontwikkeling to register an existing one.",
                "'{PropertyName}' is verkenning voor een nieuwe samenwerking, of implementatie of doorontwikkeling om een bestaande te registreren."));
        RuleFor(c => c.OperatingSince).Null().When(c => !c.IsRegistration)
            .WithMessage(_ => Localized.Text(
                "'{PropertyName}' is set during implementatie; a new collaboration starts in verkenning without it.",
                "'{PropertyName}' wordt vastgelegd tijdens implementatie; een nieuwe samenwerking begint in verkenning zonder deze datum."));
        RuleFor(c => c.OperatingSince).NotInTheFuture(clock);
        RuleFor(c => c.OperatingSince).NotNull().When(c => c.Phase == Phase.Doorontwikkeling)
            .WithMessage(_ => Localized.Text(
                "'{PropertyName}' is required to register a collaboration in doorontwikkeling.",
                "'{PropertyName}' is verplicht om een samenwerking in doorontwikkeling te registreren."));
        RuleFor(c => c.Participants).Must(p => p.Count >= 2).When(c => c.IsRegistration)
            .WithMessage(_ => Localized.Text(
                "'{PropertyName}' must name at least two municipalities to register an existing collaboration.",
                "'{PropertyName}' moet ten minste twee gemeenten noemen om een bestaande samenwerking te registreren."));
        RuleFor(c => c).Custom((command, context) =>
        {
            if (!command.IsRegistration || !command.HasCompleteTasks())
            {
                return;
            }

            // The domain decides what "decided" means; the same list makes the registration refuse.
            foreach (var field in command.ToDimensions().Undecided())
            {
                var phase = DomainTerms.Of(command.Phase!.Value);
                context.AddFailure(field, Localized.Text(
                    $"'{field}' is required to register a collaboration in {phase}.",
                    $"'{field}' is verplicht om een samenwerking in {phase} te registreren."));
            }

            // An operating public-law regeling is registered with what the law requires (the exit rule of implementatie).
            if (command.Phase == Phase.Doorontwikkeling)
            {
                foreach (var gap in command.ToRegisterEntry().GapsOnceOperating(command.ToDimensions().LegalForm))
                {
                    context.AddFailure($"register.{gap.Field}", RegisterProblemText.Message(gap));
                }
            }
        });
    }
}
