using System.Buffers;

namespace Samenwerking.Api.Csv;

/// <summary>
/// CSV injection (OWASP): a spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or
/// carriage return as a formula. Every cell the API writes that would start so gets a leading apostrophe, which
/// spreadsheets show as text, and the import takes that apostrophe off again, so an export imports unchanged.
/// </summary>
public static class SpreadsheetFormulas
{
    public const char Guard = '\'';

    private static readonly SearchValues<char> Triggers = SearchValues.Create("=+-@\t\r");

    /// <summary>The value as a cell a spreadsheet shows as text.</summary>
    public static string Neutralised(string value) => NeedsGuard(value) ? Guard + value : value;

    /// <summary>The value a neutralised cell stands for; any other cell as it is (a name such as 's-Gravenhage keeps its apostrophe).</summary>
    public static string Restored(string cell) => cell.Length > 1 && cell[0] == Guard && NeedsGuard(cell.AsSpan(1)) ? cell[1..] : cell;

    // Apostrophes before a trigger are guarded too, so a value that itself starts with "'=" survives the round trip.
    private static bool NeedsGuard(ReadOnlySpan<char> value)
    {
        var rest = value.TrimStart(Guard);
        return rest.Length > 0 && Triggers.Contains(rest[0]);
    }
}
