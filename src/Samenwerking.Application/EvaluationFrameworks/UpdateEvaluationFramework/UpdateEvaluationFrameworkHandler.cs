using Mediator;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;

namespace Samenwerking.Application.EvaluationFrameworks.UpdateEvaluationFramework;

public sealed class UpdateEvaluationFrameworkHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<UpdateEvaluationFrameworkCommand, Versioned<EvaluationFrameworkDto>>
{
    public async ValueTask<Versioned<EvaluationFrameworkDto>> Handle(UpdateEvaluationFrameworkCommand command, CancellationToken cancellationToken)
    {
        var change = clock.ChangeAsAdministrator(actor);
        var framework = await db.LoadFrameworkForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        await db.EnsureFrameworkNameIsFreeAsync(command.Name, except: command.Id, cancellationToken);

        framework.Revise(command.Name, command.Description, command.ToCriteria(), change);
        await db.SaveChangesAsync(cancellationToken);
        return framework.ToVersionedDto();
    }
}
