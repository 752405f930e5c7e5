using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.EvaluationFrameworks;

/// <summary>A criterion of a framework.</summary>
/// <param name="Code">Stable code, camelCase letters and digits starting with a lower-case letter, at most 50 characters, unique within the framework, e.g. `bestuurlijkeDrukte`.</param>
/// <param name="Name">Name as shown to people, e.g. "Bestuurlijke drukte".</param>
/// <param name="Description">What is judged under this criterion.</param>
public sealed record CriterionInput(string Code, string Name, [property: MultiLineText] string Description);
