using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Samenwerking.Api.Idempotency;
using Samenwerking.Infrastructure.Idempotency;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Documents the <c>Idempotency-Key</c> header, and its 409 and 422, on exactly the operations the
/// <see cref="IdempotencyKeyMiddleware"/> applies to: the POSTs that answer 201.
/// </summary>
public sealed class IdempotencyOperationFilter : IOperationFilter
{
    private const string ProblemJson = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (!HttpMethods.IsPost(context.ApiDescription.HttpMethod ?? "")
            || !metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IProducesResponseTypeMetadata>().Any(m => m.StatusCode == StatusCodes.Status201Created))
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyKeyMiddleware.HeaderName,
            In = ParameterLocation.Header,
            Required = false,
            // No example value: Swagger UI fills a parameter's example into "Try it out", and a second create with the
            // same key is a replay or a 422; the description shows what a key looks like instead.
            Description = "A key the client chooses per create (a new UUID each time, for instance " +
                          "`8e03978e-40d5-43e8-bc93-6894a57f9324`) to make retrying it safe: the same key " +
                          "with the same request within 24 hours answers the stored response (with `Idempotent-Replayed: true`) " +
                          "and creates nothing again. Only successful responses are stored.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyStore.MaxKeyLength },
        });

        if (operation.Responses?.TryGetValue("201", out var created) == true && created is OpenApiResponse createdResponse)
        {
            createdResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
            createdResponse.Headers[IdempotencyKeyMiddleware.ReplayedHeaderName] = new OpenApiHeader
            {
                Description = "`true` when this is the stored response to an earlier request with the same `Idempotency-Key`: " +
                              "nothing was created this time. Absent on a first answer.",
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = [System.Text.Json.Nodes.JsonValue.Create("true")],
                    Description = "`true`: a replayed response; the only value sent.",
                },
            };
        }

        operation.Responses ??= [];
        const string inFlight = "The `Idempotency-Key` is in use by a request that is still being processed " +
                                "(`urn:samenwerking:problem:idempotency-key-in-flight`); retry after `Retry-After` seconds.";
        if (operation.Responses.TryGetValue("409", out var conflict) && conflict is OpenApiResponse existing)
        {
            existing.Description = $"{existing.Description} Or: {inFlight}";
        }
        else
        {
            operation.Responses["409"] = Problem(context, inFlight);
        }

        operation.Responses["422"] = Problem(context,
            "The `Idempotency-Key` was already used with a different request (`urn:samenwerking:problem:idempotency-key-reused`).");
    }

    private static OpenApiResponse Problem(OperationFilterContext context, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            [ProblemJson] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
        },
    };
}
