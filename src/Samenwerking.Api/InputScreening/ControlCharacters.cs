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
        ? Messages.Shared.Get("Input.ControlCharacter.MultiLine", ("field", field))
        : Messages.Shared.Get("Input.ControlCharacter.SingleLine", ("field", field));
}
