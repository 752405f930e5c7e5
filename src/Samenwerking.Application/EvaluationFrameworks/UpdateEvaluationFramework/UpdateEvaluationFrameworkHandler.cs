using Mediator;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.EvaluationFrameworks.UpdateEvaluationFramework;

public sealed class UpdateEvaluationFrameworkHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<UpdateEvaluationFrameworkCommand, EvaluationFrameworkDto>
{
    public async ValueTask<EvaluationFrameworkDto> Handle(UpdateEvaluationFrameworkCommand command, CancellationToken cancellationToken)
    {
        var framework = await db.LoadFrameworkForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        await db.EnsureFrameworkNameIsFreeAsync(command.Name, except: command.Id, cancellationToken);

        framework.Revise(command.Name, command.Description, command.ToCriteria(), clock.ChangeBy(actor));
        await db.SaveChangesAsync(cancellationToken);
        return framework.ToDto();
    }
}
