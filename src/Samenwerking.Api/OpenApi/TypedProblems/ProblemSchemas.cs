using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Api.OpenApi.TypedProblems;

/// <summary>
/// The schema of one problem type, generated from its catalogue entry: the members every problem has (the same
/// ones as <c>ProblemDetails</c>, from <see cref="ProblemDetailsSchemaFilter.CommonMembers"/>), its <c>type</c> URI as
/// a single-value enumeration (a constant every generator reads: openapi-typescript makes it a literal to narrow on,
/// NSwag a one-member enum), and each declared fact with its type, required when every occurrence sends it.
/// Standalone rather than <c>allOf</c> <c>ProblemDetails</c>: NSwag would redeclare the inherited required <c>Type</c>
/// to narrow it, which C# refuses (CS9031); and with its own constant <c>type</c>, a problem body (or an example)
/// matches exactly one member of a response's <c>oneOf</c>, as OpenAPI requires.
/// </summary>
public static class ProblemSchemas
{
    public const string ProblemDetails = "ProblemDetails";
    public const string ExitRuleCode = "ExitRuleCode";
    public const string RuleCheck = "RuleCheck";

    /// <summary>The generic 403 (the token lacks the scope) as a typed problem, for the 403s that also list refusals.</summary>
    public const string InsufficientScope = "InsufficientScopeProblem";

    /// <summary>
    /// <c>exit-rules-not-met</c> is <c>ExitRulesNotMetProblem</c>. A one-letter word is left out: it would put two capitals
    /// side by side (<c>NotAParticipating…</c>), which NL GOV's schema-camel-case (Spectral's pascal casing) refuses, so
    /// <c>not-a-participating-municipality</c> is <c>NotParticipatingMunicipalityProblem</c>.
    /// </summary>
    public static string IdOf(string code) =>
        string.Concat(code.Split('-').Where(part => part.Length > 1)
            .Select(part => char.ToUpperInvariant(part[0]) + part[1..])) + "Problem";

    public static OpenApiSchema For(Refusal refusal, OpenApiDocument document) =>
        For(refusal.ProblemType,
            $"`{refusal.ProblemType}`: {refusal.EnglishTitle} (`{refusal.Code}`, a {RefusalStatus(refusal)} from the rule catalogue, `Domain/Rules/Refusals.cs`).",
            refusal.Facts, document);

    public static OpenApiSchema For(string problemType, string description, IReadOnlyList<Fact> facts, OpenApiDocument document)
    {
        var properties = ProblemDetailsSchemaFilter.CommonMembers();
        var required = properties.Keys.ToHashSet(StringComparer.Ordinal);
        properties["type"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = $"Always `{problemType}` for this problem type; clients switch on it.",
            Enum = [JsonValue.Create(problemType)],
        };
        foreach (var fact in facts)
        {
            properties[fact.Name] = Of(fact, document);
            if (fact.Always)
            {
                required.Add(fact.Name);
            }
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = description,
            Properties = properties,
            Required = required,
            // Extension members are part of RFC 9457; clients must tolerate members a later version adds.
            AdditionalPropertiesAllowed = true,
        };
    }

    private static string RefusalStatus(Refusal refusal) => refusal.Kind == RefusalKind.Forbidden ? "403" : "409";

    private static IOpenApiSchema Of(Fact fact, OpenApiDocument document) => fact.Type switch
    {
        Fact.FactType.Phase when fact.Nullable => NullableReference("Phase", document),
        Fact.FactType.Phase => new OpenApiSchemaReference("Phase", document),
        Fact.FactType.Date => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
        Fact.FactType.Id => new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" },
        Fact.FactType.Name => new OpenApiSchema { Type = JsonSchemaType.String },
        Fact.FactType.Cursor => new OpenApiSchema { Type = JsonSchemaType.String, Description = "A cursor of the change feed (`listEvents`)." },
        Fact.FactType.MunicipalityCode => MunicipalityCode(),
        Fact.FactType.MunicipalityCodes => new OpenApiSchema { Type = JsonSchemaType.Array, Items = MunicipalityCode() },
        Fact.FactType.RegisterFields => new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
        Fact.FactType.UnmetRules => new OpenApiSchema
        {
            Type = JsonSchemaType.Array, MinItems = 1, Items = new OpenApiSchemaReference(RuleCheck, document),
        },
        _ => throw new InvalidOperationException($"No schema for facts of type {fact.Type}."),
    };

    private static OpenApiSchema MunicipalityCode() => new() { Type = JsonSchemaType.String, Pattern = "^GM[0-9]{4}$" };

    /// <summary>The shape <see cref="NullableReferencesDocumentFilter"/> writes for a nullable reference.</summary>
    private static OpenApiSchema NullableReference(string id, OpenApiDocument document) => new()
    {
        Type = JsonSchemaType.String | JsonSchemaType.Null,
        OneOf =
        [
            new OpenApiSchemaReference(id, document),
            new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Enum = [JsonValue.Create((string?)null)!] },
        ],
    };
}
