using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Samenwerking.Api.Idempotency;
using Samenwerking.Domain.Phases;
using Samenwerking.Domain.Rules;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi.TypedProblems;

/// <summary>
/// Types the conflicts (409) of the contract. Every problem type an operation can answer there gets a schema of its
/// own (generated from the rule catalogue, <see cref="ProblemSchemas"/>), and the operation's 409 lists exactly
/// those (<see cref="OperationRefusals"/>) as a <c>oneOf</c> with a discriminator on <c>type</c>, so a
/// TypeScript client narrows on <c>type</c>. (NSwag types a <c>oneOf</c> as its first member; a C# client reads the
/// others from the response body by <c>type</c>, with the same generated classes.) The
/// exit-rule codes become an enumeration (<c>ExitRuleCode</c>) wherever a rule is named.
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

        foreach (var operation in (swaggerDoc.Paths ?? []).Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
        {
            if (operation.Responses is null || !operation.Responses.TryGetValue("409", out var conflict) || conflict is not OpenApiResponse { Content: { } content } ||
                !content.TryGetValue(ProblemJson, out var media) || media is not OpenApiMediaType problem)
            {
                continue;
            }

            var types = OperationRefusals.Of(operation.OperationId)
                .Select(refusal => (refusal.ProblemType, Id: ProblemSchemas.IdOf(refusal.Code), Schema: (Func<OpenApiSchema>)(() => ProblemSchemas.For(refusal, swaggerDoc))))
                .ToList();
            if (operation.Parameters?.Any(p => p.Name == IdempotencyKeyMiddleware.HeaderName) == true)
            {
                types.Add((IdempotencyKeyMiddleware.InFlightType, "IdempotencyKeyInFlightProblem", () => ProblemSchemas.For(
                    $"`{IdempotencyKeyMiddleware.InFlightType}`: the `Idempotency-Key` is in use by a request that is still being processed; retry after `Retry-After` seconds.", [], swaggerDoc)));
            }

            if (types.Count == 0)
            {
                continue;
            }

            foreach (var (_, id, schema) in types)
            {
                schemas.TryAdd(id, schema());
            }

            // Inline rather than a named union: NSwag types a oneOf as its first member (a one-member oneOf as that
            // member) and would give that member's class the union's name; inline, every problem type keeps its own
            // class name. Also with one member: the discriminator is what fixes `type` to the member's URI.
            problem.Schema = new OpenApiSchema
            {
                OneOf = types.Select(t => (IOpenApiSchema)new OpenApiSchemaReference(t.Id, swaggerDoc)).ToList(),
                Discriminator = new OpenApiDiscriminator
                {
                    PropertyName = "type",
                    Mapping = types.ToDictionary(t => t.ProblemType, t => new OpenApiSchemaReference(t.Id, swaggerDoc)),
                },
            };
        }
    }
}
