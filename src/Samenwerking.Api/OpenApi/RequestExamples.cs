namespace Samenwerking.Api.OpenApi;

/// <summary>The example request body an endpoint shows in the OpenAPI document.</summary>
/// <param name="Example">An instance of the request type, serialized as the API would read it.</param>
public sealed record RequestExampleMetadata(object Example);

public static class RequestExamples
{
    /// <summary>
    /// Documents <paramref name="example"/> as the request body example (NL GOV /core/doc-openapi).
    /// Pass a real instance of the request type: it is written with the API's own JSON settings, so the
    /// example cannot drift from the format the API accepts.
    /// </summary>
    public static TBuilder WithRequestExample<TBuilder>(this TBuilder endpoint, object example)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(example);
        return endpoint.WithMetadata(new RequestExampleMetadata(example));
    }
}
