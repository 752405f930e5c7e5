using Mediator;
using Samenwerking.Application.Collaborations.GetCollaborationVersion;

namespace Samenwerking.Api.Http;

/// <summary>
/// Reading less: a GET of a collaboration or of one of its sub-resources with <c>If-None-Match</c> naming
/// the collaboration's current ETag answers <c>304 Not Modified</c> after one small query, without building
/// the representation. Every change to a collaboration or anything in it moves that one version, so it
/// validates the sub-resources too. Readiness is left out on purpose: it also depends on today's date.
/// Runs after authorization, so a 304 never reaches a caller that may not read.
/// </summary>
public sealed class ConditionalReads(RequestDelegate next)
{
    /// <summary>The operations (by operationId) that answer 304; the OpenAPI document lists them the same way.</summary>
    public static readonly IReadOnlySet<string> OperationIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "getCollaboration", "listParticipants", "listDecisions", "getDecision", "listRoles", "listPhaseTransitions", "listPhases",
        "listHistory",
    };

    // Most reads carry no If-None-Match: they pass without an await or a service resolved.
    public Task InvokeAsync(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && context.Request.Headers.IfNoneMatch.ToString() is { Length: > 0 } ifNoneMatch
        && context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName is { } name
        && OperationIds.Contains(name)
        && Guid.TryParse(context.Request.RouteValues["id"]?.ToString(), out var id)
            ? AnswerNotModifiedOrReadAsync(context, id, ifNoneMatch)
            : next(context);

    private async Task AnswerNotModifiedOrReadAsync(HttpContext context, Guid id, string ifNoneMatch)
    {
        var mediator = context.RequestServices.GetRequiredService<IMediator>();
        if (await mediator.Send(new GetCollaborationVersionQuery(id), context.RequestAborted) is { } version
            && EntityTags.IfNoneMatchNames(ifNoneMatch, version))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.SetETag(version);
            return;
        }

        await next(context);
    }
}

public static class ConditionalReadsSetup
{
    public static IApplicationBuilder UseConditionalReads(this IApplicationBuilder app) => app.UseMiddleware<ConditionalReads>();
}
