using System.Buffers;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Api.InputScreening;

/// <summary>
/// Control characters have no place in the text this API keeps: U+0000 cannot even be stored in
/// PostgreSQL, and BEL or ESC in a name end up in council documents and terminals. Multi-line free text
/// (<see cref="MultiLineTextAttribute"/>) may contain tab, carriage return and line feed; nothing else may.
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> RefusedInSingleLine = SearchValues.Create(Refused(multiLine: false));
    private static readonly SearchValues<char> RefusedInMultiLine = SearchValues.Create(Refused(multiLine: true));

    public static bool AnyRefused(string text, bool multiLine) =>
        text.AsSpan().ContainsAny(multiLine ? RefusedInMultiLine : RefusedInSingleLine);

    /// <summary>The refused characters: C0 controls and DEL, less tab, carriage return and line feed in multi-line text.</summary>
    public static char[] Refused(bool multiLine) =>
    [
        .. Enumerable.Range(0, 0x20).Select(code => (char)code).Where(c => !(multiLine && c is '\t' or '\r' or '\n')),
        '\u007F',
    ];

    public static string Message(string field, bool multiLine) => multiLine
        ? Messages.Shared.Get("Input.ControlCharacter.MultiLine", ("field", field))
        : Messages.Shared.Get("Input.ControlCharacter.SingleLine", ("field", field));
}
