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

        return VersionCondition.OneOf(StrongTags(ifMatch)
            .Select(tag => uint.TryParse(tag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? (uint?)version : null)
            .OfType<uint>());
    }

    /// <summary>The opaque values of the strong tags in a comma-separated list; weak and malformed members are skipped.</summary>
    private static IEnumerable<string> StrongTags(string list)
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

            if (!weak)
            {
                yield return list[(open + 1)..close];
            }

            position = close + 1;
        }
    }
}
