using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Api.OpenApi.TypedProblems;

/// <summary>
/// The schema of one problem type, generated from its catalogue entry: the members every problem has
/// (<c>ProblemDetails</c>) and each declared fact with its type, required when every occurrence sends it. Its
/// <c>type</c> URI is fixed by the discriminator mapping of every response that lists it (openapi-typescript makes
/// it a literal there, so clients narrow on it). It is not repeated as a single-value enum on <c>type</c> here:
/// NSwag would then redeclare the inherited required <c>Type</c> member, which C# refuses (CS9031).
/// </summary>
public static class ProblemSchemas
{
    public const string ProblemDetails = "ProblemDetails";
    public const string ExitRuleCode = "ExitRuleCode";
    public const string RuleCheck = "RuleCheck";

    /// <summary><c>exit-rules-not-met</c> is <c>ExitRulesNotMetProblem</c>.</summary>
    public static string IdOf(string code) =>
        string.Concat(code.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..])) + "Problem";

    public static OpenApiSchema For(Refusal refusal, OpenApiDocument document) =>
        For($"`{refusal.ProblemType}`: {refusal.EnglishTitle} (`{refusal.Code}`, a {RefusalStatus(refusal)} from the rule catalogue, `Domain/Rules/Refusals.cs`).",
            refusal.Facts, document);

    public static OpenApiSchema For(string description, IReadOnlyList<Fact> facts, OpenApiDocument document)
    {
        var own = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>(),
            Required = new HashSet<string>(StringComparer.Ordinal),
        };
        foreach (var fact in facts)
        {
            own.Properties[fact.Name] = Of(fact, document);
            if (fact.Always)
            {
                own.Required.Add(fact.Name);
            }
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = description,
            AllOf = [new OpenApiSchemaReference(ProblemDetails, document), own],
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
