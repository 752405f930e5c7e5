using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;
using Samenwerking.Api.OpenApi;

namespace Samenwerking.Api.Http;

/// <summary>
/// Messages, titles and vocabulary texts follow <c>Accept-Language</c> (nl or en), so a response says which language
/// its text is in (<c>Content-Language</c>) and that another <c>Accept-Language</c> may get another text
/// (<c>Vary</c>). The OpenAPI document, Swagger UI and the health probes are English whatever is asked; they get neither.
/// </summary>
public static class ResponseLanguage
{
    public static void Declare(HttpContext context)
    {
        var path = context.Request.Path;
        if (path == OpenApiSetup.DocumentPath || path.StartsWithSegments("/swagger") || path.StartsWithSegments("/health"))
        {
            return;
        }

        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        if (context.Response.StatusCode is not (StatusCodes.Status204NoContent or StatusCodes.Status304NotModified)
            && context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture is { } culture)
        {
            context.Response.Headers.ContentLanguage = culture.TwoLetterISOLanguageName;
        }
    }
}
