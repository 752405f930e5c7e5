using Riok.Mapperly.Abstractions;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.EvaluationFrameworks;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class EvaluationFrameworkMapper
{
    public static partial EvaluationFrameworkDto ToDto(this EvaluationFramework framework);

    private static partial EvaluationCriterionDto MapCriterion(EvaluationCriterion criterion);
}
