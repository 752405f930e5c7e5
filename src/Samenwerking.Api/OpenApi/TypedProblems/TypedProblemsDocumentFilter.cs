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
/// of its own (generated from the rule catalogue, <see cref="ProblemSchemas"/>) that extends the base of its status
/// (<c>ConflictProblem</c>, <c>ForbiddenProblem</c>, discriminated on <c>type</c>). The response is that base, narrowed to
/// exactly the problem types this operation answers (<see cref="OperationRefusals"/>; for a 403
/// <see cref="PermissionRefusals"/> and the missing scope), with a named example of each (<see cref="RefusalExamples"/>):
/// Kiota and NSwag throw the base exception class and deserialise the subclass <c>type</c> names; openapi-typescript and
/// orval see the union of the listed types and narrow on <c>type</c>. The exit-rule codes become an enumeration
/// (<c>ExitRuleCode</c>) wherever a rule is named.
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
        var bases = new Dictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (path, item) in swaggerDoc.Paths ?? [])
        {
            foreach (var operation in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                var instance = ProblemExamplesOperationFilter.Instance(ApiVersion.BasePath + path, StatusCodes.Status409Conflict);
                TypeConflicts(swaggerDoc, operation, instance, bases);
                if (operation.OperationId is { } id && permissions.TryGetValue(id, out var who) && PermissionRefusals.Of(who) is { Count: > 0 } refusals)
                {
                    TypeForbidden(swaggerDoc, operation, refusals, instance, bases);
                }
            }
        }

        foreach (var (id, types) in bases)
        {
            schemas[id] = ProblemSchemas.Base(id == ProblemSchemas.ConflictProblem
                    ? "A 409 problem: a business rule refused the change, or its `Idempotency-Key` is in use. `type` names which; each " +
                      "operation lists the types it answers, and each type's schema adds its facts."
                    : "A 403 problem of a change: the token lacks the scope, or this user may not make the change. `type` names which; " +
                      "each type's schema adds its facts.",
                types, swaggerDoc);
        }
    }

    /// <summary>A 409 lists exactly the conflicts this operation can answer (<see cref="OperationRefusals"/>), each with an example.</summary>
    private static void TypeConflicts(OpenApiDocument document, OpenApiOperation operation, string instance,
        Dictionary<string, SortedDictionary<string, string>> bases)
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
                    ProblemSchemas.ConflictProblem,
                    $"`{IdempotencyKeyMiddleware.InFlightType}`: the `Idempotency-Key` is in use by a request that is still being processed; retry after `Retry-After` seconds.",
                    [], document),
                "Idempotency-Key in use", RefusalExamples.Problem(IdempotencyKeyMiddleware.InFlightType, title, StatusCodes.Status409Conflict,
                    Messages.Shared.Get("Idempotency.KeyInFlight", ("header", IdempotencyKeyMiddleware.HeaderName)), instance)));
        }

        if (types.Count > 0)
        {
            List(document, problem, ProblemSchemas.ConflictProblem, types, bases);
        }
    }

    /// <summary>
    /// A 403 of a change is either the generic one (the token lacks the scope, sent by the authorization middleware) or
    /// the refusal of the catalogue that the handler answers when this user may not make the change.
    /// </summary>
    private static void TypeForbidden(OpenApiDocument document, OpenApiOperation operation, IReadOnlyList<Refusal> refusals, string instance,
        Dictionary<string, SortedDictionary<string, string>> bases)
    {
        if (ProblemMedia(operation, "403") is not { } problem)
        {
            return;
        }

        var scope = problem.Example as JsonObject
                    ?? RefusalExamples.Problem(ErrorHandling.ProblemTypes.Forbidden, ErrorHandling.ProblemTitles.For(StatusCodes.Status403Forbidden),
                        StatusCodes.Status403Forbidden, Messages.Shared.Get("Problem.ScopeMissing"), instance);
        problem.Example = null;
        List(document, problem, ProblemSchemas.ForbiddenProblem,
        [
            .. refusals.Select(refusal => new ProblemType(refusal.ProblemType, ProblemSchemas.IdOf(refusal.Code), () => ProblemSchemas.For(refusal, document),
                refusal.EnglishTitle, RefusalExamples.For(refusal, instance))),
            new ProblemType(ErrorHandling.ProblemTypes.Forbidden, ProblemSchemas.InsufficientScope, () => ProblemSchemas.For(
                    ProblemSchemas.ForbiddenProblem,
                    $"`{ErrorHandling.ProblemTypes.Forbidden}`: the token lacks the scope this operation needs (sent before the request is read).",
                    [], document),
                ErrorHandling.ProblemTitles.For(StatusCodes.Status403Forbidden), scope),
        ], bases);
    }

    private static OpenApiMediaType? ProblemMedia(OpenApiOperation operation, string status) =>
        operation.Responses?.TryGetValue(status, out var response) == true && response is OpenApiResponse { Content: { } content } &&
        content.TryGetValue(ProblemJson, out var media) && media is OpenApiMediaType problem
            ? problem
            : null;

    /// <summary>
    /// The response is the base of its status and any of these problem types: <c>{allOf: [base, {anyOf: [types]}]}</c>, with
    /// an example of each. Kiota and NSwag take the base (one exception class; the subclass comes from the discriminator);
    /// the TypeScript generators the union. <c>anyOf</c> rather than <c>oneOf</c>: the types differ only in <c>type</c>,
    /// which JSON Schema cannot see through a discriminator, so a body with no facts matches several.
    /// </summary>
    private static void List(OpenApiDocument document, OpenApiMediaType problem, string baseId, IReadOnlyList<ProblemType> types,
        Dictionary<string, SortedDictionary<string, string>> bases)
    {
        var schemas = document.Components!.Schemas!;
        var mapping = bases.TryGetValue(baseId, out var known) ? known : bases[baseId] = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            schemas.TryAdd(type.Id, type.Schema());
            mapping[type.Uri] = type.Id;
        }

        problem.Schema = new OpenApiSchema
        {
            AllOf =
            [
                new OpenApiSchemaReference(baseId, document),
                new OpenApiSchema { AnyOf = types.Select(t => (IOpenApiSchema)new OpenApiSchemaReference(t.Id, document)).ToList() },
            ],
        };
        problem.Example = null;
        problem.Examples = types.ToDictionary(t => t.Uri[Refusal.ProblemTypePrefix.Length..],
            t => (IOpenApiExample)new OpenApiExample { Summary = t.Summary, Value = t.Example });
    }

    private sealed record ProblemType(string Uri, string Id, Func<OpenApiSchema> Schema, string Summary, JsonObject Example);
}
