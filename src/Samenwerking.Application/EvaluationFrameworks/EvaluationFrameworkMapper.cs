using Riok.Mapperly.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.EvaluationFrameworks;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class EvaluationFrameworkMapper
{
    public static partial EvaluationFrameworkDto ToDto(this EvaluationFramework framework);

    /// <summary>The representation and the version it shows.</summary>
    public static Versioned<EvaluationFrameworkDto> ToVersionedDto(this EvaluationFramework framework) => new(framework.ToDto(), framework.Version);

    private static partial EvaluationCriterionDto MapCriterion(EvaluationCriterion criterion);
}
