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
        401 => Messages.Shared.Get("Problem.Unauthorized"),
        403 => Messages.Shared.Get("Problem.ScopeMissing"),
        404 => Messages.Shared.Get("Problem.NoResourceAt", ("path", context.Request.Path)),
        405 => Messages.Shared.Get("Problem.MethodNotAllowed", ("method", context.Request.Method), ("path", context.Request.Path)),
        406 => Messages.Shared.Get("Problem.NotAcceptable"),
        415 => Http.UnsupportedMediaType.Detail(context),
        _ => Messages.Shared.Get("Problem.NotCompleted"),
    };
}
