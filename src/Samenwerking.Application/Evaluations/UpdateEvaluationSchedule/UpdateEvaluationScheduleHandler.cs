using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations.UpdateEvaluationSchedule;

public sealed class UpdateEvaluationScheduleHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<UpdateEvaluationScheduleCommand, EvaluationScheduleDto>
{
    public async ValueTask<EvaluationScheduleDto> Handle(UpdateEvaluationScheduleCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForParticipantChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: false, actor, clock,
            cancellationToken);

        collaboration.ChangeEvaluationInterval(command.EvaluationIntervalYears, change);
        await db.SaveChangesAsync(cancellationToken);
        return new EvaluationScheduleDto
        {
            EvaluationIntervalYears = collaboration.EvaluationIntervalYears,
            LastEvaluatedOn = collaboration.LastEvaluatedOn,
            NextEvaluationDue = collaboration.NextEvaluationDue,
            IsOverdue = collaboration.IsEvaluationOverdue(clock.Today),
            Version = collaboration.Version,
        };
    }
}
