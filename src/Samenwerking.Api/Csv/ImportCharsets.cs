using FluentValidation;
using FluentValidation.Results;
using Microsoft.Net.Http.Headers;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Api.Csv;

/// <summary>
/// The encoding of an import file, from the <c>charset</c> of its Content-Type: none or <c>utf-8</c> is UTF-8,
/// <c>windows-1252</c> (and the labels browsers read as it: <c>cp1252</c>, <c>x-cp1252</c>, <c>iso-8859-1</c>,
/// <c>latin1</c>) is Windows-1252, what a spreadsheet on Windows saves as "CSV". Any other charset is a 400 naming the charset.
/// </summary>
public static class ImportCharsets
{
    private static readonly HashSet<string> Utf8 = new(StringComparer.OrdinalIgnoreCase) { "utf-8", "utf8" };

    private static readonly HashSet<string> Windows1252 = new(StringComparer.OrdinalIgnoreCase)
    {
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "latin1",
    };

    public static ImportEncoding Of(HttpRequest request)
    {
        var charset = MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) ? contentType.Charset.ToString().Trim('"') : "";
        if (charset.Length == 0 || Utf8.Contains(charset))
        {
            return ImportEncoding.Utf8;
        }

        return Windows1252.Contains(charset)
            ? ImportEncoding.Windows1252
            : throw new ValidationException([new ValidationFailure("charset", Messages.Shared.Get("Csv.CharsetNotSupported", ("charset", charset)))]);
    }
}
