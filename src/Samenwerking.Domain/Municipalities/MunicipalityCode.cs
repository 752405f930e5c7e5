using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Samenwerking.Domain.Municipalities;

/// <summary>
/// A CBS municipality code such as <c>GM0363</c> (Amsterdam). Municipalities are identified by
/// code, never by name: names repeat across provinces and change at herindelingen.
/// </summary>
public readonly partial record struct MunicipalityCode
{
    public const string Pattern = "^GM[0-9]{4}$";

    private MunicipalityCode(string value) => Value = value;

    public string Value { get; }

    public static bool IsValid([NotNullWhen(true)] string? candidate) =>
        candidate is not null && CodePattern().IsMatch(candidate);

    public static MunicipalityCode Parse(string candidate) =>
        IsValid(candidate)
            ? new MunicipalityCode(candidate)
            : throw new ArgumentException($"'{candidate}' is not a CBS municipality code (GM followed by four digits).", nameof(candidate));

    public override string ToString() => Value;

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
