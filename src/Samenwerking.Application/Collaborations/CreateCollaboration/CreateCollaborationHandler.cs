using Samenwerking.Application.Collaborations.Register;
using Mediator;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Application.Collaborations.CreateCollaboration;

/// <summary>
/// A lean write: one read (the municipalities' CBS records), one batch of inserts that is its own transaction. The unique
/// name index decides a duplicate, also under races; only then is the existing collaboration looked up to
/// name it in the 409. The participants' names come from the records just read, not from another query.
/// </summary>
public sealed class CreateCollaborationHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<CreateCollaborationCommand, Versioned<CollaborationDto>>
{
    public async ValueTask<Versioned<CollaborationDto>> Handle(CreateCollaborationCommand command, CancellationToken cancellationToken)
    {
        var change = await db.ChangeAsFounderAsync(command.Participants.Select(p => p.MunicipalityCode).ToList(), actor, clock, cancellationToken);
        var founders = await db.ResolveAsync(command.Participants, clock.Today, "participants", cancellationToken);

        var collaboration = command.IsRegistration
            ? Collaboration.Register(command.Name, command.Description, command.ToDimensions(), founders,
                command.Phase!.Value, command.OperatingSince, change, command.ToRegisterEntry())
            : Collaboration.Start(command.Name, command.Description, command.ToDimensions(), founders, change, command.ToRegisterEntry());
        try
        {
            await db.SaveFoundedAsync(collaboration, cancellationToken);
        }
        catch (DomainRuleViolationException duplicate) when (duplicate.Refusal == Refusals.DuplicateName)
        {
            await db.EnsureNameIsFreeAsync(command.Name, except: collaboration.Id, cancellationToken);
            throw;
        }

        var names = founders.GroupBy(f => f.Municipality.Code).ToDictionary(g => g.Key, g => g.First().Municipality.Name);
        return collaboration.ToVersionedDto((code, _) => names.GetValueOrDefault(code, code));
    }
}
