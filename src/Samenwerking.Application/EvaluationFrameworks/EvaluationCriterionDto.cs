namespace Samenwerking.Application.EvaluationFrameworks;

/// <summary>One criterion of a framework.</summary>
/// <param name="Code">Stable code evaluations refer to, camelCase, e.g. `bestuurlijkeDrukte`.</param>
/// <param name="Name">Name as shown to people.</param>
/// <param name="Description">What is judged under this criterion.</param>
public sealed record EvaluationCriterionDto(string Code, string Name, string Description);
