using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Samenwerking.Api.ErrorHandling;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// ASP.NET Core's <see cref="ProblemDetails"/> has every member optional and nullable, but this API
/// always fills <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>, <c>instance</c> and <c>traceId</c>
/// (<see cref="ProblemDetailsSetup"/>, <see cref="ProblemExceptionHandler"/>). The schemas say so,
/// so generated clients get non-null members to switch on.
/// </summary>
public sealed class ProblemDetailsSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        if (context.Type == typeof(HttpValidationProblemDetails))
        {
            Describe(concrete, validation: true);
        }
        else if (context.Type == typeof(ProblemDetails))
        {
            Describe(concrete, validation: false);
        }
    }

    private static void Describe(OpenApiSchema schema, bool validation)
    {
        schema.Type = JsonSchemaType.Object;
        schema.Description = validation
            ? "An RFC 9457 problem for invalid input (400): `errors` lists every invalid field at once."
            : "An RFC 9457 problem. Business-rule conflicts (409) may add members with machine-readable facts.";
        schema.Properties = CommonMembers();
        if (validation)
        {
            schema.Properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Every invalid field, keyed by the name the client sent (`participants[1].municipalityCode`), with all its messages.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }

        schema.Required = schema.Properties.Keys.ToHashSet(StringComparer.Ordinal);
        // Extension members (409 facts) are part of RFC 9457; clients must tolerate them.
        schema.AdditionalPropertiesAllowed = true;
        schema.AdditionalProperties = null;
        // No example on the schema: it would show under every status of every operation. Each response gets
        // one that fits it instead (ProblemExamplesOperationFilter).
    }

    /// <summary>
    /// The members every problem of this API has, all required: the one source of them for <c>ProblemDetails</c> and for
    /// the typed problem schemas, which repeat them rather than inherit them (<see cref="TypedProblems.ProblemSchemas"/>).
    /// </summary>
    public static Dictionary<string, IOpenApiSchema> CommonMembers() => new()
    {
        ["type"] = Text("Names the kind of problem, e.g. `urn:samenwerking:problem:not-found`. Clients switch on this, never on the title or detail."),
        ["title"] = Text("Short summary of the kind of problem, in English or (with `Accept-Language: nl`) Dutch."),
        ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." },
        ["detail"] = Text("What went wrong in this request, and what to do about it."),
        ["instance"] = Text("The path of the request that failed."),
        ["traceId"] = Text("Identifier of the request in the API's logs; quote it when reporting a problem."),
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
