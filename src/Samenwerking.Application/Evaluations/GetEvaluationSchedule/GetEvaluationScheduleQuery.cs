using Mediator;

namespace Samenwerking.Application.Evaluations.GetEvaluationSchedule;

public sealed record GetEvaluationScheduleQuery(Guid CollaborationId) : IQuery<EvaluationScheduleDto>;
