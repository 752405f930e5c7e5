using Mediator;
using Samenwerking.Application.Common.Concurrency;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations.GetEvaluationSchedule;

public sealed class GetEvaluationScheduleHandler(IApplicationDbContext db, IClock clock) : IQueryHandler<GetEvaluationScheduleQuery, Versioned<EvaluationScheduleDto>>
{
    public async ValueTask<Versioned<EvaluationScheduleDto>> Handle(GetEvaluationScheduleQuery query, CancellationToken cancellationToken)
    {
        var schedule = await db.Collaborations.AsNoTracking()
                           .Where(c => c.Id == query.CollaborationId)
                           .Select(c => new { c.EvaluationIntervalYears, c.LastEvaluatedOn, c.NextEvaluationDue, c.Version })
                           .FirstOrDefaultAsync(cancellationToken)
                       ?? throw new NotFoundException("Collaboration", query.CollaborationId.ToString());
        return new Versioned<EvaluationScheduleDto>(new EvaluationScheduleDto
        {
            EvaluationIntervalYears = schedule.EvaluationIntervalYears,
            LastEvaluatedOn = schedule.LastEvaluatedOn,
            NextEvaluationDue = schedule.NextEvaluationDue,
            IsOverdue = EvaluationSchedule.IsOverdue(schedule.NextEvaluationDue, clock.Today),
        }, schedule.Version);
    }
}
