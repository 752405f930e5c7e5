using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.EvaluationFrameworks;

/// <summary>What a client says about a framework, whether defining or revising it.</summary>
public interface IEvaluationFrameworkDetails
{
    string Name { get; }

    string Description { get; }

    IReadOnlyList<CriterionInput> Criteria { get; }
}
