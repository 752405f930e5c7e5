using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Samenwerking.Domain.Evaluations;

/// <summary>
/// One criterion of an evaluation framework. The <see cref="Code"/> is what evaluations refer to,
/// so it is stable: camelCase like the API's other domain values (<c>bestuurlijkeDrukte</c>).
/// </summary>
public sealed partial record EvaluationCriterion(string Code, string Name, string Description)
{
    public const string CodePattern = "^[a-z][a-zA-Z0-9]*$";
    public const int MaxCodeLength = 50;
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;

    public static bool IsValidCode([NotNullWhen(true)] string? code) =>
        code is { Length: > 0 and <= MaxCodeLength } && CodeRegex().IsMatch(code);

    [GeneratedRegex(CodePattern, RegexOptions.CultureInvariant)]
    private static partial Regex CodeRegex();
}
