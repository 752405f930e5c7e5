using FluentValidation;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

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
    }
}
