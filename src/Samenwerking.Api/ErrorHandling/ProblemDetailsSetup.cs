using System.Diagnostics;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Api.ErrorHandling;

public static class ProblemDetailsSetup
{
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            // Problems written by the framework itself (401, 404 route, 405) get our type, title and a detail too.
            if (problem.Type is null || problem.Type.StartsWith("https://tools.ietf.org", StringComparison.Ordinal))
            {
                problem.Type = ProblemTypes.ForStatus(status);
                problem.Title = ProblemTitles.For(status);
            }

            problem.Detail ??= DefaultDetail(context.HttpContext, status);
            problem.Instance ??= context.HttpContext.Request.Path;
            // The W3C trace id alone: what a tracing backend and the logs are searched by.
            problem.Extensions["traceId"] = Activity.Current is { } activity
                ? activity.TraceId.ToHexString()
                : context.HttpContext.TraceIdentifier;
        });
        return services;
    }

    private static string DefaultDetail(HttpContext context, int status) => status switch
    {
        401 => Localized.Text(
            "Send a valid bearer token in the Authorization header.",
            "Stuur een geldig bearer-token mee in de Authorization-header."),
        403 => Localized.Text(
            "The token lacks the scope this operation needs (samenwerking.read to read, samenwerking.write to change).",
            "Het token mist de scope die deze bewerking nodig heeft (samenwerking.read om te lezen, samenwerking.write om te wijzigen)."),
        404 => Localized.Text(
            $"There is no resource at {context.Request.Path}.",
            $"Er is geen resource op {context.Request.Path}."),
        405 => Localized.Text(
            $"{context.Request.Method} is not supported on {context.Request.Path}; see the Allow header.",
            $"{context.Request.Method} wordt niet ondersteund op {context.Request.Path}; zie de Allow-header."),
        406 => Localized.Text(
            "This API answers in application/json and application/problem+json only.",
            "Deze API antwoordt alleen in application/json en application/problem+json."),
        415 => UnsupportedMediaTypeDetail,
        _ => Localized.Text("The request could not be completed.", "Het verzoek kon niet worden afgehandeld."),
    };

    /// <summary>Also the detail of a 415 that the exception handler writes.</summary>
    public static string UnsupportedMediaTypeDetail => Localized.Text(
        "Send the request body as application/json.",
        "Stuur de body van het verzoek als application/json.");
}
