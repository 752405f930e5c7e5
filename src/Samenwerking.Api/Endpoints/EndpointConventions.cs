using Samenwerking.Api.Http;
using Samenwerking.Api.OpenApi;

namespace Samenwerking.Api.Endpoints;

public static class EndpointConventions
{
    /// <summary>
    /// What a change to an existing resource can run into: it does not exist (404), a business rule
    /// refuses it (409), or it was based on a stale version (412) — and, where the operation cannot do
    /// without <c>If-Match</c>, that the header is missing (428).
    /// </summary>
    public static RouteHandlerBuilder ProducesChangeProblems(this RouteHandlerBuilder endpoint,
        bool ruleConflicts = true, bool ifMatchRequired = false)
    {
        endpoint.ProducesProblem(StatusCodes.Status404NotFound);
        if (ruleConflicts)
        {
            endpoint.ProducesProblem(StatusCodes.Status409Conflict);
        }

        endpoint.ProducesProblem(StatusCodes.Status412PreconditionFailed);
        if (ifMatchRequired)
        {
            endpoint.ProducesProblem(StatusCodes.Status428PreconditionRequired);
        }

        return endpoint;
    }

    /// <summary>
    /// What every <c>PATCH</c> describes: a JSON Merge Patch of <typeparamref name="TPatch"/> in (anything else is a 415),
    /// the changed <typeparamref name="TResult"/> with its new <c>ETag</c> out, and what a change with a required
    /// <c>If-Match</c> can run into.
    /// </summary>
    public static RouteHandlerBuilder DescribesMergePatch<TPatch, TResult>(this RouteHandlerBuilder endpoint, object example,
        bool ruleConflicts = true) where TPatch : notnull =>
        endpoint.Accepts<TPatch>(MergePatch.MediaType)
            .WithRequestExample(example)
            .Produces<TResult>()
            .ProducesETag()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesChangeProblems(ruleConflicts, ifMatchRequired: true);
}
