using System.Security.Cryptography;
using System.Text.Json;
using Mediator;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Samenwerking.Api.Csv;
using Samenwerking.Api.Endpoints;
using Samenwerking.Application.Collaborations.ExportRegister;

namespace Samenwerking.Api.PublicRegister;

/// <summary>
/// Writes an anonymous answer whole, with a strong <c>ETag</c> that is a hash of its bytes: the same data gives the same
/// tag on every instance, so <c>If-None-Match</c> answers 304 without a version column to compare (docs/adr/0016).
/// </summary>
public static class PublicAnswers
{
    public const string JsonMediaType = "application/json; charset=utf-8";

    public static Task JsonAsync<T>(HttpContext http, T value)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        return WriteAsync(http, JsonSerializer.SerializeToUtf8Bytes(value, options), JsonMediaType, attachment: null);
    }

    /// <summary>The register rows as CSV, in the columns of the authenticated export; none is a 404 when <paramref name="noneIsNotFound"/> is set.</summary>
    public static async Task CsvAsync(HttpContext http, ExportRegisterQuery query, string fileName, Func<Exception>? noneIsNotFound = null)
    {
        var mediator = http.RequestServices.GetRequiredService<IMediator>();
        await using var rows = mediator.CreateStream(query, http.RequestAborted).GetAsyncEnumerator(http.RequestAborted);
        var hasFirst = await rows.MoveNextAsync();
        if (!hasFirst && noneIsNotFound is not null)
        {
            throw noneIsNotFound();
        }

        using var buffer = new MemoryStream();
        await RegisterCsvWriter.WriteAsync(buffer, rows, hasFirst, http.RequestAborted);
        await WriteAsync(http, buffer.ToArray(), $"{RegisterCsvEndpoints.CsvMediaType}; charset=utf-8; header=present", fileName);
    }

    private static async Task WriteAsync(HttpContext http, byte[] body, string mediaType, string? attachment)
    {
        var etag = $"\"{Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_')}\"";
        http.Response.Headers.ETag = etag;
        if (Names(http.Request.Headers.IfNoneMatch.ToString(), etag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        http.Response.ContentType = mediaType;
        if (attachment is not null)
        {
            http.Response.Headers[HeaderNames.ContentDisposition] = $"attachment; filename=\"{attachment}\"";
        }

        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>RFC 9110 §13.1.2: <c>*</c>, or a list of tags compared weakly (<c>W/</c> ignored).</summary>
    public static bool Names(string ifNoneMatch, string etag)
    {
        if (string.IsNullOrWhiteSpace(ifNoneMatch))
        {
            return false;
        }

        return ifNoneMatch.Trim() == "*" || ifNoneMatch.Split(',').Select(tag => tag.Trim()).Any(tag =>
            string.Equals(tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag, etag, StringComparison.Ordinal));
    }
}
