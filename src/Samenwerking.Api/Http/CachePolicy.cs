using Microsoft.Net.Http.Headers;

namespace Samenwerking.Api.Http;

/// <summary>
/// NL GOV /core/transport/security-headers asks <c>Cache-Control: no-store</c>, and every response gets it but one
/// kind: a successful read that carries an <c>ETag</c> (and its 304) answers <c>private, no-cache</c>. A browser
/// may then keep its own copy and ask with <c>If-None-Match</c>, but must revalidate every time before using it, and
/// shared caches keep nothing; with <c>no-store</c> a conditional read has nothing to compare against. The public register's
/// anonymous reads answer <c>public, max-age=…</c> instead.
/// </summary>
public static class CachePolicy
{
    public const string NoStore = "no-store";
    public const string Revalidate = "private, no-cache";

    public static string For(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified
        && context.Response.Headers.ContainsKey(HeaderNames.ETag)
            // The public register is the same for everyone, so shared caches may keep it briefly (docs/adr/0016).
            ? context.GetEndpoint()?.Metadata.GetMetadata<PublicRegister.PublicReadMetadata>()?.CacheControl ?? Revalidate
            : NoStore;
}
