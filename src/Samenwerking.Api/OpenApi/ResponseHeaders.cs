namespace Samenwerking.Api.OpenApi;

/// <summary>Marks an endpoint whose success responses carry the resource's <c>ETag</c>.</summary>
public sealed class ETagResponseMetadata;

public static class ResponseHeaders
{
    /// <summary>
    /// Documents the <c>ETag</c> header on the endpoint's success responses: the version a client sends back
    /// in <c>If-Match</c> to change the resource. Generated clients can only read headers that are documented.
    /// </summary>
    public static TBuilder ProducesETag<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new ETagResponseMetadata());
}
