using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Samenwerking.Application.Common.Paging;

/// <summary>
/// The opaque <c>after</c> cursor of keyset pagination: the sort order and the sort key of the last item a client
/// received, so the next page starts right behind it (an index seek, however deep) and an item inserted or deleted
/// meanwhile never shifts the rest by one, as an offset would. Clients pass it back unread; its format is ours to change.
/// </summary>
public sealed record KeysetCursor(string Sort, IReadOnlyList<string> Key)
{
    // The values are joined with NUL, which no stored value holds: input screening refuses control characters.
    private const char Separator = '\0';

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Encode() =>
        Base64Url.EncodeToString(StrictUtf8.GetBytes(string.Join(Separator, new[] { Sort }.Concat(Key))));

    /// <summary>The cursor in <paramref name="text"/> when it is one of ours for this sort order with this many key values.</summary>
    public static KeysetCursor? Decode(string? text, string sort, int keyLength)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 1000)
        {
            return null;
        }

        try
        {
            var values = StrictUtf8.GetString(Base64Url.DecodeFromChars(text)).Split(Separator);
            return values.Length == keyLength + 1 && values[0] == sort
                ? new KeysetCursor(sort, values[1..])
                : null;
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return null;
        }
    }

    public static string Of(Guid value) => value.ToString("D");

    public static string Of(DateOnly value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static string Of(DateTimeOffset value) => value.UtcTicks.ToString(CultureInfo.InvariantCulture);

    public Guid GuidAt(int index) => Guid.Parse(Key[index]);

    public DateOnly DateAt(int index) => DateOnly.ParseExact(Key[index], "O", CultureInfo.InvariantCulture);

    public DateTimeOffset InstantAt(int index) => new(long.Parse(Key[index], CultureInfo.InvariantCulture), TimeSpan.Zero);

    /// <summary>Whether every key value parses; a cursor that decodes but does not is refused like any other bad one.</summary>
    public static bool IsValid(string? text, string sort, int keyLength, Func<KeysetCursor, bool> parses)
    {
        var cursor = Decode(text, sort, keyLength);
        if (cursor is null)
        {
            return false;
        }

        try
        {
            return parses(cursor);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            return false;
        }
    }
}
