using Mediator;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Evaluations.GetEvaluationSchedule;

public sealed record GetEvaluationScheduleQuery(Guid CollaborationId) : IQuery<Versioned<EvaluationScheduleDto>>;
