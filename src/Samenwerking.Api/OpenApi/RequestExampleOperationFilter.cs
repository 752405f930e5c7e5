using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>Writes the example given with <see cref="RequestExamples.WithRequestExample{TBuilder}"/> into the request body.</summary>
public sealed class RequestExampleOperationFilter(IOptions<JsonOptions> json) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestExampleMetadata>().LastOrDefault();
        if (metadata is null)
        {
            return;
        }

        if (operation.RequestBody?.Content is not { Count: > 0 } content)
        {
            throw new InvalidOperationException(
                $"Operation {operation.OperationId} has a request example but no request body: remove WithRequestExample or accept a body.");
        }

        var example = JsonSerializer.SerializeToNode(metadata.Example, metadata.Example.GetType(), json.Value.SerializerOptions);
        foreach (var mediaType in content.Values.OfType<OpenApiMediaType>())
        {
            mediaType.Example = example?.DeepClone();
        }
    }
}
