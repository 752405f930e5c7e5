using Samenwerking.Application.Common.Text;
using Samenwerking.Application.EvaluationFrameworks;

namespace Samenwerking.Api.Requests.EvaluationFrameworks;

/// <summary>
/// A framework's name, description and criteria, replaced as a whole (PUT). Once an evaluation used
/// the framework, the criteria must be sent unchanged.
/// </summary>
public sealed record UpdateEvaluationFrameworkRequest
{
    /// <summary>Name, 3 to 200 characters, unique regardless of case and accents.</summary>
    public string Name { get; init; } = "";

    /// <summary>What the framework is for and whose lens it is.</summary>
    [MultiLineText]
    public string Description { get; init; } = "";

    /// <summary>1 to 50 criteria with unique codes, in order; unchanged once the framework is in use.</summary>
    public IReadOnlyList<CriterionInput> Criteria { get; init; } = [];
}
