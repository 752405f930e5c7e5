using System.Globalization;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Api.Http;

/// <summary>
/// ETags are the row version PostgreSQL keeps for us (<c>xmin</c>), quoted as RFC 9110 wants.
/// </summary>
public static class EntityTags
{
    /// <summary>Where an error response parks the current ETag (a 412 tells the client what is current).</summary>
    public const string ErrorResponseETagKey = "samenwerking.error-etag";

    public static string Format(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// What an <c>If-Match</c> header asks for, per RFC 9110 §13.1.1; null when the header is absent.
    /// <c>*</c> is met by any existing version; otherwise the header is a list of entity tags and the
    /// strong comparison applies: a weak tag (<c>W/"…"</c>) or anything that is not one of our tags
    /// never matches, so such a header fails with 412 instead of being ignored.
    /// </summary>
    public static VersionCondition? ParseIfMatch(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return null;
        }

        if (ifMatch.Trim() == "*")
        {
            return VersionCondition.Any;
        }

        return VersionCondition.OneOf(Tags(ifMatch).Where(tag => !tag.Weak).Select(tag => VersionOf(tag.Opaque)).OfType<uint>());
    }

    /// <summary>
    /// Whether an <c>If-None-Match</c> header names the current version, per RFC 9110 §13.1.2: <c>*</c>, or a list of
    /// entity tags compared weakly (<c>W/"7"</c> matches <c>"7"</c>), but still as opaque text.
    /// </summary>
    public static bool IfNoneMatchNames(string ifNoneMatch, uint current) =>
        ifNoneMatch.Trim() == "*" || Tags(ifNoneMatch).Any(tag => VersionOf(tag.Opaque) == current);

    /// <summary>
    /// The version an opaque tag stands for, only when it is exactly how <see cref="Format"/> writes it: an entity tag
    /// is compared as text, so <c>"007"</c> or <c>"+7"</c> is another tag than <c>"7"</c> and matches nothing.
    /// </summary>
    private static uint? VersionOf(string opaque) =>
        uint.TryParse(opaque, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
        && string.Equals(version.ToString(CultureInfo.InvariantCulture), opaque, StringComparison.Ordinal)
            ? version
            : null;

    /// <summary>The entity tags in a comma-separated list, weak or strong; malformed members are skipped.</summary>
    private static IEnumerable<(bool Weak, string Opaque)> Tags(string list)
    {
        var position = 0;
        while (position < list.Length)
        {
            if (list[position] is ',' or ' ' or '\t')
            {
                position++;
                continue;
            }

            var weak = string.CompareOrdinal(list, position, "W/", 0, 2) == 0;
            var open = weak ? position + 2 : position;
            if (open >= list.Length || list[open] != '"')
            {
                // Not an entity tag: skip to the next member of the list.
                var comma = list.IndexOf(',', position);
                position = comma < 0 ? list.Length : comma + 1;
                continue;
            }

            var close = list.IndexOf('"', open + 1);
            if (close < 0)
            {
                yield break;
            }

            yield return (weak, list[(open + 1)..close]);

            position = close + 1;
        }
    }
}
