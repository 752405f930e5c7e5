using Samenwerking.Application.Common.Text;
using Samenwerking.Application.EvaluationFrameworks;

namespace Samenwerking.Api.Requests.EvaluationFrameworks;

/// <summary>A new evaluation framework: a name, a description and its ordered criteria.</summary>
public sealed record CreateEvaluationFrameworkRequest
{
    /// <summary>Name, 3 to 200 characters, unique regardless of case and accents.</summary>
    public string Name { get; init; } = "";

    /// <summary>What the framework is for and whose lens it is.</summary>
    [MultiLineText]
    public string Description { get; init; } = "";

    /// <summary>1 to 50 criteria with unique codes, in the order evaluations list them.</summary>
    public IReadOnlyList<CriterionInput> Criteria { get; init; } = [];
}
