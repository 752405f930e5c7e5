using Mediator;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Evaluations.UpdateEvaluationSchedule;

public sealed class UpdateEvaluationScheduleHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<UpdateEvaluationScheduleCommand, Versioned<EvaluationScheduleDto>>
{
    public async ValueTask<Versioned<EvaluationScheduleDto>> Handle(UpdateEvaluationScheduleCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForDelegableChangeAsync(command.CollaborationId, DelegatedChange.Evaluations, command.ExpectedVersion, versionRequired: false, actor, clock,
            cancellationToken);

        collaboration.ChangeEvaluationInterval(command.EvaluationIntervalYears, change);
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<EvaluationScheduleDto>(new EvaluationScheduleDto
        {
            EvaluationIntervalYears = collaboration.EvaluationIntervalYears,
            LastEvaluatedOn = collaboration.LastEvaluatedOn,
            NextEvaluationDue = collaboration.NextEvaluationDue,
            IsOverdue = collaboration.IsEvaluationOverdue(clock.Today),
        }, collaboration.Version);
    }
}
