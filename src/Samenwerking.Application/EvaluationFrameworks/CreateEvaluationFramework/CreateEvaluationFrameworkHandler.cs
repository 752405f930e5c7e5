using Mediator;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.EvaluationFrameworks.CreateEvaluationFramework;

public sealed class CreateEvaluationFrameworkHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<CreateEvaluationFrameworkCommand, Versioned<EvaluationFrameworkDto>>
{
    public async ValueTask<Versioned<EvaluationFrameworkDto>> Handle(CreateEvaluationFrameworkCommand command, CancellationToken cancellationToken)
    {
        var change = clock.ChangeAsAdministrator(actor);
        await db.EnsureFrameworkNameIsFreeAsync(command.Name, except: null, cancellationToken);

        var framework = EvaluationFramework.Define(command.Name, command.Description, command.ToCriteria(), change);
        db.EvaluationFrameworks.Add(framework);
        await db.SaveChangesAsync(cancellationToken);
        return framework.ToVersionedDto();
    }
}
