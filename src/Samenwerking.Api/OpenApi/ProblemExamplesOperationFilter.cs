using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Samenwerking.Api.ErrorHandling;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Gives each problem response an example that this operation can answer: its own path as <c>instance</c>, a
/// 400 naming one of its own inputs, a 404 naming the resource its path leads to, and the problem type the
/// API sends for that status. A status whose problem depends on the rule (409) gets an example per rule from
/// <see cref="TypedProblems.TypedProblemsDocumentFilter"/> (which also turns the 403 of a change into one per problem
/// type); one this filter does not know keeps only its schema, rather than an example of something else.
/// </summary>
public sealed partial class ProblemExamplesOperationFilter : IOperationFilter
{
    internal const string TraceId = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    internal const string SampleId = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var template = "/" + (context.ApiDescription.RelativePath ?? "").TrimEnd('/');
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse { Content: { } content } ||
                !content.TryGetValue("application/problem+json", out var media) || media is not OpenApiMediaType problem ||
                problem.Example is not null || !int.TryParse(status, out var code) ||
                Detail(code, template, operation, context) is not { } detail)
            {
                continue;
            }

            var example = new JsonObject
            {
                ["type"] = ProblemTypes.ForStatus(code),
                ["title"] = ProblemTitles.For(code),
                ["status"] = code,
                ["detail"] = detail,
                ["instance"] = Instance(template, code),
                ["traceId"] = TraceId,
            };
            if (code == StatusCodes.Status400BadRequest)
            {
                var field = FirstInput(operation, context);
                example["detail"] = $"The request has an invalid field: {field}.";
                example["errors"] = new JsonObject { [field] = new JsonArray(detail) };
            }

            problem.Example = example;
        }
    }

    private static string? Detail(int status, string template, OpenApiOperation operation, OperationFilterContext context) => status switch
    {
        400 => $"The value of '{FirstInput(operation, context)}' is not valid here: wrong type or malformed.",
        401 => "Send a valid bearer token in the Authorization header.",
        403 => "The token lacks the scope this operation needs (samenwerking.read to read, samenwerking.write to change).",
        404 => NotFoundDetail(template),
        412 => $"The {Versioned(template)} was changed by someone else since you read it. GET it again, re-apply your change and send it with the new ETag.",
        428 => $"Changing a {Versioned(template)} requires an If-Match header with the ETag of the version the change is based on; GET the {Versioned(template)} to obtain it.",
        500 => "An unexpected error occurred. It has been logged; quote the traceId when reporting it.",
        _ => null,
    };

    /// <summary>What an If-Match names: a framework's own version, or else the collaboration's (also for its participants, decisions, …).</summary>
    private static string Versioned(string template) =>
        template.StartsWith("/api/v1/evaluation-frameworks", StringComparison.Ordinal) ? "evaluation framework" : "collaboration";

    /// <summary>The resource the path starts from: the one a 404 most often names (a collaboration that does not exist).</summary>
    private static string? NotFoundDetail(string template)
    {
        var match = FirstResource().Match(template);
        if (!match.Success)
        {
            return null;
        }

        var (resource, key) = match.Groups["segment"].Value switch
        {
            "collaborations" => ("Collaboration", SampleId),
            "municipalities" => ("Municipality", "GM9999"),
            "evaluation-frameworks" => ("Evaluation framework", SampleId),
            _ => (null, null),
        };
        return resource is null ? null : $"{resource} '{key}' does not exist.";
    }

    internal static string Instance(string template, int status) => PathParameter().Replace(template, parameter =>
        parameter.Groups[1].Value.Contains("code", StringComparison.OrdinalIgnoreCase)
            ? status == StatusCodes.Status404NotFound && template.StartsWith("/api/v1/municipalities", StringComparison.Ordinal) ? "GM9999" : "GM0363"
            : SampleId);

    /// <summary>The first member of the body, or else the first parameter: a name this operation really reads.</summary>
    private static string FirstInput(OpenApiOperation operation, OperationFilterContext context)
    {
        var body = operation.RequestBody?.Content?.Values.Select(m => m.Schema switch
        {
            OpenApiSchemaReference reference => reference.Reference.Id,
            OpenApiSchema { AllOf: [OpenApiSchemaReference reference] } => reference.Reference.Id,
            _ => null,
        }).FirstOrDefault(id => id is not null);
        var bodyType = context.ApiDescription.ParameterDescriptions
            .FirstOrDefault(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Body)?.Type;
        if (bodyType is not null && context.SchemaRepository.TryLookupByType(bodyType, out var bodyReference))
        {
            body = bodyReference.Reference.Id;
        }

        if (body is not null && context.SchemaRepository.Schemas.GetValueOrDefault(body) is { Properties.Count: > 0 } schema)
        {
            return schema.Required?.FirstOrDefault() ?? schema.Properties!.Keys.First();
        }

        return operation.Parameters?.FirstOrDefault(p => p.In is ParameterLocation.Query)?.Name
               ?? operation.Parameters?.FirstOrDefault()?.Name
               ?? "body";
    }

    [GeneratedRegex(@"^/api/v1/(?<segment>[a-z-]+)")]
    private static partial Regex FirstResource();

    [GeneratedRegex(@"\{([^}:]+)(:[^}]*)?\}")]
    private static partial Regex PathParameter();
}
