using Samenwerking.Application.Collaborations.Register;
using Mediator;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Collaborations.UpdateCollaboration;

public sealed class UpdateCollaborationHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<UpdateCollaborationCommand, Versioned<CollaborationDto>>
{
    public async ValueTask<Versioned<CollaborationDto>> Handle(UpdateCollaborationCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForDelegableChangeAsync(command.Id, DelegatedChange.DescriptionAndChoices, command.ExpectedVersion, versionRequired: true, actor, clock,
            cancellationToken);
        await db.EnsureNameIsFreeAsync(command.Name, except: command.Id, cancellationToken);

        collaboration.Edit(command.Name, command.Description, command.ToDimensions(), change, command.ToRegisterEntry());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToVersionedDtoAsync(collaboration, cancellationToken);
    }
}
