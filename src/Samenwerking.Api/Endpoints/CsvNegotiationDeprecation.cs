using System.Globalization;
using Samenwerking.Api.Http;

namespace Samenwerking.Api.Endpoints;

/// <summary>
/// The end of `Accept: text/csv` on the JSON lists (docs/adr/0014), announced on every answer that still uses it:
/// <c>Deprecation</c> (RFC 9745, a structured-field date: since when), <c>Sunset</c> (RFC 8594, an HTTP date: after when
/// it may stop working) and a <c>Link</c> to the operation that replaces it (<c>rel="successor-version"</c>).
/// </summary>
public static class CsvNegotiationDeprecation
{
    /// <summary>Deprecated from release 2.0.0 on.</summary>
    public static readonly DateTimeOffset Since = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Six months' notice: the form may be removed (in a major version) from this moment on.</summary>
    public static readonly DateTimeOffset Sunset = new(2027, 7, 1, 0, 0, 0, TimeSpan.Zero);

    public const string DeprecationHeader = "Deprecation";
    public const string SunsetHeader = "Sunset";

    public static string DeprecationValue => "@" + Since.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static string SunsetValue => Sunset.ToString("r", CultureInfo.InvariantCulture);

    /// <summary>Sets the three headers; <paramref name="successorPath"/> is the replacement's path below the base path, with its query.</summary>
    public static void Announce(HttpContext http, string successorPath)
    {
        var headers = http.Response.Headers;
        headers[DeprecationHeader] = DeprecationValue;
        headers[SunsetHeader] = SunsetValue;
        headers.Append("Link", $"<{ApiVersion.BasePath}{successorPath}>; rel=\"successor-version\"");
    }

    /// <summary>The query string of the request with only the keys the replacement takes.</summary>
    public static string Query(HttpRequest request, params string[] keys)
    {
        var kept = request.Query.Where(q => keys.Contains(q.Key, StringComparer.Ordinal))
            .SelectMany(q => q.Value.Select(value => new KeyValuePair<string, string?>(q.Key, value)));
        return Microsoft.AspNetCore.Http.QueryString.Create(kept).ToUriComponent();
    }
}
