using System.Globalization;

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
    /// The version an <c>If-Match</c> header names; null when the header is absent. A value that is
    /// not one of our ETags can never match, so it reads as version 0 (never a real xmin) and fails with 412.
    /// </summary>
    public static uint? ParseIfMatch(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return null;
        }

        var tag = ifMatch.Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal))
        {
            tag = tag[2..];
        }

        return uint.TryParse(tag.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0;
    }
}

public static class EntityTagResponseExtensions
{
    public static void SetETag(this HttpResponse response, uint version) => response.Headers.ETag = EntityTags.Format(version);
}
