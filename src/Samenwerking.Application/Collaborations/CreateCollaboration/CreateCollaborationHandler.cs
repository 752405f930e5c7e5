using Samenwerking.Application.Collaborations.Register;
using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.CreateCollaboration;

public sealed class CreateCollaborationHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<CreateCollaborationCommand, CollaborationDto>
{
    public async ValueTask<CollaborationDto> Handle(CreateCollaborationCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureNameIsFreeAsync(command.Name, except: null, cancellationToken);
        var founders = await db.ResolveAsync(command.Participants, clock.Today, "participants", cancellationToken);

        var change = clock.ChangeBy(actor);
        var collaboration = command.IsRegistration
            ? Collaboration.Register(command.Name, command.Description, command.ToDimensions(), founders,
                command.Phase!.Value, command.OperatingSince, change, command.ToRegisterEntry())
            : Collaboration.Start(command.Name, command.Description, command.ToDimensions(), founders, change, command.ToRegisterEntry());
        db.Collaborations.Add(collaboration);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(collaboration, cancellationToken);
    }
}
