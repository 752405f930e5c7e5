using FluentValidation;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Municipalities;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Collaborations.Register;

namespace Samenwerking.Application.Collaborations.Register;

/// <summary>
/// Field rules for a register entry. What can never hold is the domain's rule
/// (<see cref="RegisterEntry.Problems"/>); it is asked here so a client hears about every problem in one 400.
/// </summary>
public static class RegisterEntryRules
{
    /// <param name="validator">The command's validator.</param>
    /// <param name="clock">Today, for the date the regeling took effect.</param>
    /// <param name="participantCodes">The municipalities that will take part, when the command names them; otherwise the aggregate checks the bronhouder.</param>
    public static void AddRegisterEntryRules<T>(this AbstractValidator<T> validator, IClock clock,
        Func<T, IReadOnlyCollection<string>>? participantCodes = null)
        where T : IRegisterDetails, ICollaborationDetails
    {
        validator.RuleFor(c => c.Register).ChildRules(register =>
        {
            register.RuleFor(r => r!.CitationTitle).MaximumLength(RegisterEntry.MaxCitationTitleLength);
            register.RuleFor(r => r!.Purpose).MaximumLength(RegisterEntry.MaxPurposeLength);
            register.RuleFor(r => r!.LegalProvisions).MaximumLength(RegisterEntry.MaxLegalProvisionsLength);
            register.RuleFor(r => r!.PublicationUrl).MaximumLength(RegisterEntry.MaxPublicationUrlLength);
            register.RuleFor(r => r!.Bronhouder).MunicipalityCode().When(r => !string.IsNullOrWhiteSpace(r!.Bronhouder));
            register.RuleFor(r => r!.Powers).Must(p => p.Count <= RegisterEntry.MaxPowers);
            register.RuleForEach(r => r!.Powers).ChildRules(power =>
            {
                power.RuleFor(p => p.Description).NotEmpty().MaximumLength(Power.MaxDescriptionLength);
                power.RuleFor(p => p.Transfer).IsInEnum();
            });
            register.RuleFor(r => r!.Seat).ChildRules(seat =>
            {
                seat.RuleFor(s => s!.Address).NotEmpty().MaximumLength(Seat.MaxLength);
                seat.RuleFor(s => s!.Place).NotEmpty().MaximumLength(Seat.MaxLength);
            }).When(r => r!.Seat is not null);
        }).When(c => c.Register is not null);

        // Also runs on a body the input screening refused (a null item in powers), to report every problem at once.
        validator.RuleFor(c => c).Custom((command, context) =>
        {
            if (command.Register is not { } register || !command.HasCompleteTasks() || register.Powers.Any(p => p is null || string.IsNullOrWhiteSpace(p.Description)) ||
                register.Seat is { } seat && (string.IsNullOrWhiteSpace(seat.Address) || string.IsNullOrWhiteSpace(seat.Place)))
            {
                return;
            }

            var codes = participantCodes?.Invoke(command);
            foreach (var problem in register.ToDomain().Problems(command.ToDimensions().LegalForm, codes ?? [], clock.Today))
            {
                if (codes is null && problem.Code == RegisterProblemCode.BronhouderNotParticipating)
                {
                    continue;
                }

                context.AddFailure($"register.{problem.Field}", RegisterProblemText.Message(problem));
            }
        });
    }
}
