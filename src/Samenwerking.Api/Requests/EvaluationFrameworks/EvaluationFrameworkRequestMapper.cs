using Riok.Mapperly.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.EvaluationFrameworks.CreateEvaluationFramework;
using Samenwerking.Application.EvaluationFrameworks.UpdateEvaluationFramework;

namespace Samenwerking.Api.Requests.EvaluationFrameworks;

/// <summary>An evaluation framework's request bodies become commands, with what the route and the headers say.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class EvaluationFrameworkRequestMapper
{
    public static partial CreateEvaluationFrameworkCommand ToCommand(this CreateEvaluationFrameworkRequest request);

    public static partial UpdateEvaluationFrameworkCommand ToCommand(this UpdateEvaluationFrameworkRequest request, Guid id,
        VersionCondition? expectedVersion);
}
