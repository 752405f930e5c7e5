namespace Samenwerking.Domain.Evaluations;

/// <summary>
/// Why input does not fit a framework, with the field as the API names it (<c>scores[2].criterion</c>),
/// so a client hears about every problem in one answer.
/// </summary>
public sealed record FieldProblem(string Field, string Message);
