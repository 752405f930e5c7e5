using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Api.Http;

/// <summary>
/// A 415 names the media types the operation takes. Routing refuses a body whose Content-Type no endpoint at the
/// path accepts before any endpoint is chosen, so the operations are looked up again here, by method and path.
/// A PATCH also gets <c>Accept-Patch</c> (RFC 5789 §2.2).
/// </summary>
public static class UnsupportedMediaType
{
    public static string Detail(HttpContext context)
    {
        var mediaTypes = AcceptedBy(context);
        if (HttpMethods.IsPatch(context.Request.Method) && mediaTypes.Count > 0)
        {
            context.Response.Headers["Accept-Patch"] = string.Join(", ", mediaTypes);
        }

        return Messages.Shared.Get("Problem.UnsupportedMediaType",
            ("mediaTypes", string.Join($" {Messages.Shared.Get("Problem.UnsupportedMediaType.Or")} ", mediaTypes.DefaultIfEmpty("application/json"))));
    }

    private static IReadOnlyList<string> AcceptedBy(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 } own)
        {
            return [.. own.ContentTypes];
        }

        var path = context.Request.Path;
        var method = context.Request.Method;
        return context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase) == true
                && Matches(endpoint.RoutePattern, path))
            .SelectMany(endpoint => endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static bool Matches(RoutePattern pattern, PathString path) =>
        new TemplateMatcher(new RouteTemplate(pattern), new RouteValueDictionary()).TryMatch(path, new RouteValueDictionary());
}
