using System.Diagnostics;

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
            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        });
        return services;
    }

    private static string DefaultDetail(HttpContext context, int status) => status switch
    {
        401 => "Send a valid bearer token in the Authorization header.",
        403 => "The token lacks the scope this operation needs (samenwerking.read to read, samenwerking.write to change).",
        404 => $"There is no resource at {context.Request.Path}.",
        405 => $"{context.Request.Method} is not supported on {context.Request.Path}; see the Allow header.",
        406 => "This API answers in application/json and application/problem+json only.",
        415 => "Send the request body as application/json.",
        _ => "The request could not be completed.",
    };
}
