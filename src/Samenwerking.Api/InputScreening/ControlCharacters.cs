using Samenwerking.Application.Common.Text;

namespace Samenwerking.Api.InputScreening;

/// <summary>
/// Control characters have no place in the text this API keeps: U+0000 cannot even be stored in
/// PostgreSQL, and BEL or ESC in a name end up in council documents and terminals. Multi-line free text
/// (<see cref="MultiLineTextAttribute"/>) may contain tab, carriage return and line feed; nothing else may.
/// </summary>
public static class ControlCharacters
{
    public static bool AnyRefused(string text, bool multiLine) => text.Any(c => IsRefused(c, multiLine));

    private static bool IsRefused(char c, bool multiLine) =>
        (c < '\u0020' || c == '\u007F') && !(multiLine && c is '\t' or '\r' or '\n');

    public static string Message(string field, bool multiLine) => multiLine
        ? Localized.Text(
            $"'{field}' contains a control character; only tab, carriage return and line feed are allowed in this text.",
            $"'{field}' bevat een stuurteken; alleen tab, regelterugloop en regelopvoer zijn in deze tekst toegestaan.")
        : Localized.Text(
            $"'{field}' contains a control character (such as U+0000, a tab or a line break); it must be a single line of text.",
            $"'{field}' bevat een stuurteken (zoals U+0000, een tab of een regeleinde); het moet één regel tekst zijn.");
}
