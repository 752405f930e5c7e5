using System.Text.Unicode;

namespace Samenwerking.Api.Csv;

/// <summary>
/// The bytes of an import file as text, read as they arrive: UTF-8 (a byte order mark is skipped, and always means
/// UTF-8), or Windows-1252 when the request declares it. Bytes that are not text in that encoding become U+FFFD, as a
/// decoder would make them, but each such replacement is remembered by its place among all the U+FFFD characters read,
/// so <see cref="IsInvalid"/> can tell a cell that held invalid bytes from one that held a real U+FFFD.
/// </summary>
internal sealed class ImportText(Stream bytes, ImportEncoding encoding) : TextReader
{
    private const char Replacement = '\uFFFD';

    // Windows-1252 differs from Latin-1 only in 0x80-0x9F; five of those bytes mean nothing (here: Replacement).
    private static readonly char[] Windows1252High =
    [
        '\u20AC', Replacement, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', Replacement, '\u017D', Replacement,
        Replacement, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', Replacement, '\u017E', '\u0178',
    ];

    private readonly byte[] buffer = new byte[16 * 1024];
    private readonly char[] decoded = new char[16 * 1024];
    private readonly Queue<long> invalidReplacements = new();
    private ImportEncoding current = encoding;
    private int bytesStart;
    private int bytesEnd;
    private int charsStart;
    private int charsEnd;
    private bool endOfBytes;
    private bool started;
    private long replacements;

    /// <summary>Whether the next U+FFFD the caller meets (counting from zero over everything read) stands for invalid bytes.</summary>
    public bool IsInvalid(long replacementOrdinal)
    {
        while (invalidReplacements.TryPeek(out var next) && next < replacementOrdinal)
        {
            invalidReplacements.Dequeue();
        }

        return invalidReplacements.TryPeek(out var head) && head == replacementOrdinal;
    }

    public override async ValueTask<int> ReadAsync(Memory<char> destination, CancellationToken cancellationToken = default)
    {
        if (destination.IsEmpty)
        {
            return 0;
        }

        if (charsStart == charsEnd && !await DecodeAsync(cancellationToken))
        {
            return 0;
        }

        var count = Math.Min(destination.Length, charsEnd - charsStart);
        decoded.AsSpan(charsStart, count).CopyTo(destination.Span);
        charsStart += count;
        return count;
    }

    public override Task<int> ReadAsync(char[] destination, int index, int count) => ReadAsync(destination.AsMemory(index, count)).AsTask();

    // The request body is read asynchronously only (Kestrel refuses synchronous reads); the CSV reader reads asynchronously.
    public override int Read(Span<char> destination) => throw new NotSupportedException("The import text is read asynchronously.");

    public override int Read(char[] destination, int index, int count) => Read(destination.AsSpan(index, count));

    public override int Read() => throw new NotSupportedException("The import text is read asynchronously.");

    public override int Peek() => -1;

    /// <summary>Decodes the next bytes into <see cref="decoded"/>; false at the end of the file.</summary>
    private async ValueTask<bool> DecodeAsync(CancellationToken cancellationToken)
    {
        charsStart = charsEnd = 0;
        while (charsEnd == 0)
        {
            if (!started || bytesStart == bytesEnd || (current == ImportEncoding.Utf8 && !endOfBytes && bytesEnd - bytesStart < 4))
            {
                await FillAsync(cancellationToken);
            }

            if (!started)
            {
                started = true;
                if (buffer.AsSpan(bytesStart, bytesEnd - bytesStart).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    bytesStart += 3;
                    current = ImportEncoding.Utf8;
                }
            }

            if (bytesStart == bytesEnd && endOfBytes)
            {
                return false;
            }

            charsEnd = current == ImportEncoding.Utf8 ? DecodeUtf8() : DecodeWindows1252();
        }

        return true;
    }

    private int DecodeUtf8()
    {
        var source = buffer.AsSpan(bytesStart, bytesEnd - bytesStart);
        var status = Utf8.ToUtf16(source, decoded, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: endOfBytes);
        bytesStart += read;
        Count(decoded.AsSpan(0, written));
        if (written == 0 && status == System.Buffers.OperationStatus.InvalidData)
        {
            // The shortest invalid sequence becomes one replacement, as UTF-8 decoders do (Unicode "maximal subpart").
            System.Text.Rune.DecodeFromUtf8(buffer.AsSpan(bytesStart, bytesEnd - bytesStart), out _, out var invalid);
            bytesStart += Math.Max(1, invalid);
            decoded[0] = Replacement;
            invalidReplacements.Enqueue(replacements++);
            return 1;
        }

        return written;
    }

    private int DecodeWindows1252()
    {
        var count = Math.Min(bytesEnd - bytesStart, decoded.Length);
        for (var i = 0; i < count; i++)
        {
            var b = buffer[bytesStart + i];
            var c = b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;
            if (c == Replacement)
            {
                if (b is >= 0x80 and <= 0x9F)
                {
                    invalidReplacements.Enqueue(replacements);
                }

                replacements++;
            }

            decoded[i] = c;
        }

        bytesStart += count;
        return count;
    }

    private void Count(ReadOnlySpan<char> chars) => replacements += chars.Count(Replacement);

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (endOfBytes)
        {
            return;
        }

        if (bytesStart > 0)
        {
            buffer.AsSpan(bytesStart, bytesEnd - bytesStart).CopyTo(buffer);
            bytesEnd -= bytesStart;
            bytesStart = 0;
        }

        // At the start, read until the byte order mark can be seen whole.
        do
        {
            var read = await bytes.ReadAsync(buffer.AsMemory(bytesEnd), cancellationToken);
            if (read == 0)
            {
                endOfBytes = true;
                return;
            }

            bytesEnd += read;
        }
        while (!started && bytesEnd < 3);
    }
}

/// <summary>The text encodings an import file may be in.</summary>
public enum ImportEncoding
{
    Utf8,
    Windows1252,
}
