using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.Idempotency;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Phases;
using Samenwerking.Domain.Rules;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi.TypedProblems;

/// <summary>
/// Types the conflicts (409) and the 403s of changes. Every problem type an operation can answer there gets a schema
/// of its own (generated from the rule catalogue, <see cref="ProblemSchemas"/>), and the response lists exactly those
/// (<see cref="OperationRefusals"/>; for a 403 <see cref="PermissionRefusals"/> and the missing scope) as a
/// <c>oneOf</c> with a discriminator on <c>type</c>, so a TypeScript client narrows on <c>type</c>, with a named
/// example of each (<see cref="RefusalExamples"/>). (NSwag types a <c>oneOf</c> as its first member; a C# client
/// reads the others from the response body by <c>type</c>, with the same generated classes.) The exit-rule codes
/// become an enumeration (<c>ExitRuleCode</c>) wherever a rule is named.
/// </summary>
public sealed class TypedProblemsDocumentFilter : IDocumentFilter
{
    private const string ProblemJson = "application/problem+json";

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components!.Schemas!;
        schemas[ProblemSchemas.ExitRuleCode] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Stable code of an exit rule (what must hold before a phase can end). " + string.Join(" ",
                ExitRules.All.GroupBy(r => r.Phase).Select(phase =>
                    $"Leaving {Domain.Common.DomainTerms.Of(phase.Key)}: {string.Join(", ", phase.Select(r => $"`{r.Rule.Code}`"))}.")),
            Enum = ExitRules.All.Select(r => r.Rule.Code).Distinct().Select(code => (JsonNode)JsonValue.Create(code)).ToList(),
        };
        if (schemas.TryGetValue(ProblemSchemas.RuleCheck, out var rule) && rule is OpenApiSchema { Properties: { } ruleCheck })
        {
            ruleCheck["code"] = new OpenApiSchemaReference(ProblemSchemas.ExitRuleCode, swaggerDoc);
            ruleCheck["waitsFor"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = "Codes of the rules that must hold before this one can be worked on (the decisions wait on the legal form); empty when none.",
                Items = new OpenApiSchemaReference(ProblemSchemas.ExitRuleCode, swaggerDoc),
            };
        }

        var permissions = context.ApiDescriptions
            .Select(d => (Name: d.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Routing.IEndpointNameMetadata>().LastOrDefault()?.EndpointName,
                Who: d.ActionDescriptor.EndpointMetadata.OfType<PermissionMetadata>().LastOrDefault()?.Who))
            .Where(d => d is { Name: not null, Who: not null })
            .DistinctBy(d => d.Name)
            .ToDictionary(d => d.Name!, d => d.Who!.Value);
        foreach (var (path, item) in swaggerDoc.Paths ?? [])
        {
            foreach (var operation in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                var instance = ProblemExamplesOperationFilter.Instance(ApiVersion.BasePath + path, StatusCodes.Status409Conflict);
                TypeConflicts(swaggerDoc, operation, instance);
                if (operation.OperationId is { } id && permissions.TryGetValue(id, out var who) && PermissionRefusals.Of(who) is { } refusal)
                {
                    TypeForbidden(swaggerDoc, operation, refusal, instance);
                }
            }
        }
    }

    /// <summary>A 409 lists exactly the conflicts this operation can answer (<see cref="OperationRefusals"/>), each with an example.</summary>
    private static void TypeConflicts(OpenApiDocument document, OpenApiOperation operation, string instance)
    {
        if (ProblemMedia(operation, "409") is not { } problem)
        {
            return;
        }

        var types = OperationRefusals.Of(operation.OperationId)
            .Select(refusal => new ProblemType(refusal.ProblemType, ProblemSchemas.IdOf(refusal.Code), () => ProblemSchemas.For(refusal, document),
                refusal.EnglishTitle, RefusalExamples.For(refusal, instance)))
            .ToList();
        if (operation.Parameters?.Any(p => p.Name == IdempotencyKeyMiddleware.HeaderName) == true)
        {
            var title = ErrorHandling.ProblemTitles.For(StatusCodes.Status409Conflict);
            types.Add(new ProblemType(IdempotencyKeyMiddleware.InFlightType, "IdempotencyKeyInFlightProblem", () => ProblemSchemas.For(
                    IdempotencyKeyMiddleware.InFlightType,
                    $"`{IdempotencyKeyMiddleware.InFlightType}`: the `Idempotency-Key` is in use by a request that is still being processed; retry after `Retry-After` seconds.",
                    [], document),
                "Idempotency-Key in use", RefusalExamples.Problem(IdempotencyKeyMiddleware.InFlightType, title, StatusCodes.Status409Conflict,
                    Messages.Shared.Get("Idempotency.KeyInFlight", ("header", IdempotencyKeyMiddleware.HeaderName)), instance)));
        }

        if (types.Count > 0)
        {
            List(document, problem, types);
        }
    }

    /// <summary>
    /// A 403 of a change is either the generic one (the token lacks the scope, sent by the authorization middleware) or
    /// the refusal of the catalogue that the handler answers when this user may not make the change.
    /// </summary>
    private static void TypeForbidden(OpenApiDocument document, OpenApiOperation operation, Refusal refusal, string instance)
    {
        if (ProblemMedia(operation, "403") is not { } problem)
        {
            return;
        }

        var scope = problem.Example as JsonObject
                    ?? RefusalExamples.Problem(ErrorHandling.ProblemTypes.Forbidden, ErrorHandling.ProblemTitles.For(StatusCodes.Status403Forbidden),
                        StatusCodes.Status403Forbidden, Messages.Shared.Get("Problem.ScopeMissing"), instance);
        problem.Example = null;
        List(document, problem,
        [
            new ProblemType(refusal.ProblemType, ProblemSchemas.IdOf(refusal.Code), () => ProblemSchemas.For(refusal, document),
                refusal.EnglishTitle, RefusalExamples.For(refusal, instance)),
            new ProblemType(ErrorHandling.ProblemTypes.Forbidden, ProblemSchemas.InsufficientScope, () => ProblemSchemas.For(
                    ErrorHandling.ProblemTypes.Forbidden,
                    $"`{ErrorHandling.ProblemTypes.Forbidden}`: the token lacks the scope this operation needs (sent before the request is read).",
                    [], document),
                ErrorHandling.ProblemTitles.For(StatusCodes.Status403Forbidden), scope),
        ]);
    }

    private static OpenApiMediaType? ProblemMedia(OpenApiOperation operation, string status) =>
        operation.Responses?.TryGetValue(status, out var response) == true && response is OpenApiResponse { Content: { } content } &&
        content.TryGetValue(ProblemJson, out var media) && media is OpenApiMediaType problem
            ? problem
            : null;

    /// <summary>
    /// The response lists these problem types as a <c>oneOf</c> with a discriminator on <c>type</c>, and an example of each.
    /// Inline rather than a named union: NSwag types a oneOf as its first member (a one-member oneOf as that member) and
    /// would give that member's class the union's name; inline, every problem type keeps its own class name.
    /// </summary>
    private static void List(OpenApiDocument document, OpenApiMediaType problem, IReadOnlyList<ProblemType> types)
    {
        var schemas = document.Components!.Schemas!;
        foreach (var type in types)
        {
            schemas.TryAdd(type.Id, type.Schema());
        }

        problem.Schema = new OpenApiSchema
        {
            OneOf = types.Select(t => (IOpenApiSchema)new OpenApiSchemaReference(t.Id, document)).ToList(),
            Discriminator = new OpenApiDiscriminator
            {
                PropertyName = "type",
                Mapping = types.ToDictionary(t => t.Uri, t => new OpenApiSchemaReference(t.Id, document)),
            },
        };
        problem.Example = null;
        problem.Examples = types.ToDictionary(t => t.Uri[Refusal.ProblemTypePrefix.Length..],
            t => (IOpenApiExample)new OpenApiExample { Summary = t.Summary, Value = t.Example });
    }

    private sealed record ProblemType(string Uri, string Id, Func<OpenApiSchema> Schema, string Summary, JsonObject Example);
}
