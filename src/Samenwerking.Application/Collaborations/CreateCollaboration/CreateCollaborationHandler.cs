using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.CreateCollaboration;

public sealed class CreateCollaborationHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<CreateCollaborationCommand, CollaborationDto>
{
    public async ValueTask<CollaborationDto> Handle(CreateCollaborationCommand command, CancellationToken cancellationToken)
    {
        var change = await db.ChangeAsFounderAsync(command.Participants.Select(p => p.MunicipalityCode).ToList(), actor, clock, cancellationToken);
        await db.EnsureNameIsFreeAsync(command.Name, except: null, cancellationToken);
        var founders = await db.ResolveAsync(command.Participants, clock.Today, "participants", cancellationToken);

        var collaboration = command.IsRegistration
            ? Collaboration.Register(command.Name, command.Description, command.ToDimensions(), founders,
                command.Phase!.Value, command.OperatingSince, change)
            : Collaboration.Start(command.Name, command.Description, command.ToDimensions(), founders, change);
        db.Collaborations.Add(collaboration);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(collaboration, cancellationToken);
    }
}
