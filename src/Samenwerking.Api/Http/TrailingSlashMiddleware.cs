namespace Samenwerking.Api.Http;

/// <summary>
/// NL GOV /core/no-trailing-slash: <c>/collaborations/</c> is not <c>/collaborations</c>. Routing
/// would match both, so the slash form is answered with a 404 problem before routing sees it.
/// </summary>
public sealed class TrailingSlashMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path is { Length: > 1 } && path.EndsWith('/') && !context.Request.Path.StartsWithSegments("/swagger"))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
