using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Samenwerking.Api.ErrorHandling;
using Samenwerking.Api.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Documents what every operation really does besides its own responses: the <c>API-Version</c>
/// header on success, a 400 wherever there is input, 401/403 where a token is needed, and a 500.
/// All problems as <c>application/problem+json</c>.
/// </summary>
public sealed class StandardResponsesOperationFilter : IOperationFilter
{
    private const string ProblemJson = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        // A header an earlier filter documented (If-None-Match) is input too: a value that is not text is a 400.
        var hasInput = context.ApiDescription.ParameterDescriptions.Count > 0 || operation.Parameters?.Count > 0;

        if (hasInput)
        {
            AddProblem(operation, context, StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails),
                "Invalid input: every invalid field is listed in `errors`, keyed by the name the client sent.");
        }

        if (!anonymous)
        {
            var scope = metadata.OfType<IAuthorizeData>().Any(a => a.Policy == Authentication.Scopes.WritePolicy)
                ? Authentication.Scopes.Write
                : Authentication.Scopes.Read;
            AddProblem(operation, context, StatusCodes.Status401Unauthorized, typeof(ProblemDetails), "No valid bearer token.");
            AddProblem(operation, context, StatusCodes.Status403Forbidden, typeof(ProblemDetails), $"The token lacks scope `{scope}`.");
            // OpenAPI 3.0 allows scope names only for OAuth2/OIDC schemes; for a bearer scheme the list
            // stays empty and the scope is named in the description and the 403 instead.
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OpenApiSetup.BearerScheme, context.Document)] = [] }];
            // Only appended to a description the endpoint wrote itself, so the lint still catches a missing one.
            if (!string.IsNullOrWhiteSpace(operation.Description))
            {
                operation.Description += $"\n\nRequires a bearer token with scope `{scope}`.";
            }
        }

        AddProblem(operation, context, StatusCodes.Status500InternalServerError, typeof(ProblemDetails),
            "Unexpected error; the body carries a `traceId` to quote.");

        foreach (var (status, response) in operation.Responses)
        {
            if (status.StartsWith('2') || status.StartsWith('3'))
            {
                if (response is OpenApiResponse concrete)
                {
                    concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    concrete.Headers[ApiVersion.HeaderName] = new OpenApiHeader
                    {
                        Description = "Full semantic version of the API that answered.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                        Example = System.Text.Json.Nodes.JsonValue.Create(ApiVersion.Full),
                    };
                }
            }
            else if (response is OpenApiResponse problem && problem.Content is { } content)
            {
                // Minimal APIs may declare problems as application/json; the server always sends problem+json.
                if (content.Remove("application/json", out var media))
                {
                    content[ProblemJson] = media;
                }

                problem.Description = string.IsNullOrEmpty(problem.Description) || problem.Description == "Bad Request"
                    ? ProblemTitles.For(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture))
                    : problem.Description;
            }
        }
    }

    private static void AddProblem(OpenApiOperation operation, OperationFilterContext context, int status, Type schemaType, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                [ProblemJson] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(schemaType, context.SchemaRepository) },
            },
        };
    }
}
