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

/// <summary>A criterion of a framework.</summary>
/// <param name="Code">Stable code, camelCase letters and digits starting with a lower-case letter, at most 50 characters, unique within the framework, e.g. `bestuurlijkeDrukte`.</param>
/// <param name="Name">Name as shown to people, e.g. "Bestuurlijke drukte".</param>
/// <param name="Description">What is judged under this criterion.</param>
public sealed record CriterionInput(string Code, string Name, [property: MultiLineText] string Description);

public static class EvaluationFrameworkDetailsExtensions
{
    public static IReadOnlyList<EvaluationCriterion> ToCriteria(this IEvaluationFrameworkDetails details) =>
        details.Criteria.Select(c => new EvaluationCriterion(c.Code, c.Name, c.Description)).ToList();
}
