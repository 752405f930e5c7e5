using Microsoft.Extensions.Localization;
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
    public CreateCollaborationValidator(IClock clock, IStringLocalizer<Messages> messages)
    {
        this.AddCollaborationDetailsRules();
        // A null participant is the input screening's to report; the bronhouder is compared with the ones that are there.
        this.AddRegisterEntryRules(clock, c => c.Participants.OfType<ParticipantInput>().Select(p => p.MunicipalityCode).ToHashSet());
        RuleFor(c => c.Participants).NotEmpty().WithMessage(_ => messages.Get("Validation.Participants.Required"));
        RuleForEach(c => c.Participants).NotNull().SetValidator(new ParticipantInputValidator<ParticipantInput>(clock));
        RuleFor(c => c.Participants)
            .Must(p => p.Where(x => x is not null).Select(x => x.MunicipalityCode).Distinct().Count() == p.Count(x => x is not null))
            .WithMessage(_ => messages.Get("Validation.Participants.Repeated"));

        RuleFor(c => c.Phase)
            .Must(phase => phase is null or Phase.Verkenning or Phase.Implementatie or Phase.Doorontwikkeling)
            .WithMessage(_ => messages.Get("Validation.Collaboration.StartPhase"));
        RuleFor(c => c.OperatingSince).Null().When(c => !c.IsRegistration)
            .WithMessage(_ => messages.Get("Validation.Collaboration.OperatingSinceNotForNew"));
        RuleFor(c => c.OperatingSince).NotInTheFuture(clock);
        RuleFor(c => c.OperatingSince).NotNull().When(c => c.Phase == Phase.Doorontwikkeling)
            .WithMessage(_ => messages.Get("Validation.Registration.OperatingSinceRequired"));
        RuleFor(c => c.Participants).Must(p => p.Count >= 2).When(c => c.IsRegistration)
            .WithMessage(_ => messages.Get("Validation.Registration.TwoParticipants"));
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
                context.AddFailure(field, messages.Get("Validation.Registration.DimensionRequired", ("field", field), ("phase", phase)));
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
