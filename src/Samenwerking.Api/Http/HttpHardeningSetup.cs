using Samenwerking.Api.InputScreening;
using Samenwerking.Api.Limits;

namespace Samenwerking.Api.Http;

/// <summary>What every request passes before it reaches authentication and the endpoints.</summary>
public static class HttpHardeningSetup
{
    public static WebApplicationBuilder AddHttpHardening(this WebApplicationBuilder builder)
    {
        // The Server header tells an attacker which server and version to look up; clients do not need it.
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            // A header value that is no UTF-8 reaches the application, which can answer why (RequestHeaderScreening).
            options.RequestHeaderEncodingSelector = _ => RequestHeaderScreening.Lenient;
        });
        builder.Services.AddApiRateLimiting(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// 400 for a header value that is not text, 406 for an <c>Accept</c> the API cannot answer and 413 for a body over
    /// the limit, before any body is read.
    /// </summary>
    public static void UseHttpHardening(this WebApplication app)
    {
        app.UseMiddleware<RequestHeaderScreening>();
        app.UseMiddleware<AcceptableResponsesMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
    }
}
