using Riok.Mapperly.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Evaluations.CorrectEvaluation;
using Samenwerking.Application.Evaluations.RecordEvaluation;
using Samenwerking.Application.Evaluations.UpdateEvaluationSchedule;

namespace Samenwerking.Api.Requests.Evaluations;

/// <summary>An evaluation's and the evaluation schedule's request bodies become commands, with what the route and the headers say.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class EvaluationRequestMapper
{
    public static partial RecordEvaluationCommand ToCommand(this RecordEvaluationRequest request, Guid collaborationId, VersionCondition? expectedVersion);

    public static partial CorrectEvaluationCommand ToCommand(this CorrectEvaluationRequest request, Guid collaborationId, Guid evaluationId,
        VersionCondition? expectedVersion);

    public static partial UpdateEvaluationScheduleCommand ToCommand(this UpdateEvaluationScheduleRequest request, Guid collaborationId,
        VersionCondition? expectedVersion);
}
