using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Samenwerking.Api.ErrorHandling;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Documents the refusals that come from the HTTP layer rather than the operation: 406 for an
/// <c>Accept</c> the API cannot answer and 429 (with <c>Retry-After</c>) everywhere; 413 and 415 where
/// the operation reads a body.
/// </summary>
public sealed class LimitResponsesOperationFilter : IOperationFilter
{
    private const string ProblemJson = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        Add(operation, context, StatusCodes.Status406NotAcceptable,
            "`Accept` rules out both application/json and application/problem+json, the only formats the API answers in.");
        if (operation.RequestBody is not null)
        {
            var mediaTypes = operation.RequestBody.Content?.Keys.ToList() ?? [];
            Add(operation, context, StatusCodes.Status413PayloadTooLarge, mediaTypes.Contains("text/csv")
                ? "The file is larger than the configured limit (`Limits:MaxFileUploadBytes`, 16 MiB by default)."
                : "The request body is larger than the configured limit (`Limits:MaxRequestBodyBytes`, 256 KiB by default).");
            Add(operation, context, StatusCodes.Status415UnsupportedMediaType,
                $"The request body is not sent as {string.Join(" or ", mediaTypes.Select(type => $"`{type}`"))}.");
        }

        var tooMany = Add(operation, context, StatusCodes.Status429TooManyRequests,
            "Too many requests from this client (per token subject, or per IP address without a token); retry after `Retry-After`.");
        tooMany.Headers ??= new Dictionary<string, IOpenApiHeader>();
        tooMany.Headers["Retry-After"] = new OpenApiHeader
        {
            Description = "Seconds to wait before the next request.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
        };
    }

    private static OpenApiResponse Add(OpenApiOperation operation, OperationFilterContext context, int status, string description)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(key, out var found) && found is OpenApiResponse existing)
        {
            return existing;
        }

        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                [ProblemJson] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
            },
        };
        operation.Responses[key] = response;
        return response;
    }
}
