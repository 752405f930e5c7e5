using Microsoft.OpenApi;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Api.OpenApi.TypedProblems;

/// <summary>
/// The schemas of the typed problems. Each status that answers typed problems (409, and the 403 of a change) has a base
/// schema (<see cref="ConflictProblem"/>, <see cref="ForbiddenProblem"/>) with the members every problem has (from
/// <see cref="ProblemDetailsSchemaFilter.CommonMembers"/>) and a discriminator on <c>type</c> mapping each problem type URI
/// to its own schema; each problem type is <c>allOf</c> its base plus its declared facts (required when every occurrence
/// sends them). Every generator reads that as inheritance: Kiota makes the base an exception class and deserialises the
/// subclass the <c>type</c> names, NSwag does the same with its inheritance converter, and openapi-typescript and orval
/// fix <c>type</c> to the mapped URI in each subtype, so a union of them narrows on <c>type</c>. A subtype does not
/// redeclare <c>type</c>: NSwag would redeclare the inherited required member, which C# refuses (CS9031).
/// </summary>
public static class ProblemSchemas
{
    public const string ProblemDetails = "ProblemDetails";
    public const string ExitRuleCode = "ExitRuleCode";
    public const string RuleCheck = "RuleCheck";

    /// <summary>The base of every problem a 409 can be: a business-rule conflict or an Idempotency-Key in use.</summary>
    public const string ConflictProblem = "ConflictProblem";

    /// <summary>The base of every problem a 403 of a change can be: the missing scope or who may make the change.</summary>
    public const string ForbiddenProblem = "ForbiddenProblem";

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

    /// <summary>The base schema a refusal's schema extends: by its status.</summary>
    public static string BaseOf(Refusal refusal) => refusal.Kind == RefusalKind.Forbidden ? ForbiddenProblem : ConflictProblem;

    public static OpenApiSchema For(Refusal refusal, OpenApiDocument document) =>
        For(BaseOf(refusal),
            $"`{refusal.ProblemType}`: {refusal.EnglishTitle} (`{refusal.Code}`, a {RefusalStatus(refusal)} from the rule catalogue, `Domain/Rules/Refusals.cs`).",
            refusal.Facts, document);

    /// <summary>A problem type: its base (which fixes <c>type</c> through the discriminator) and its facts.</summary>
    public static OpenApiSchema For(string baseId, string description, IReadOnlyList<Fact> facts, OpenApiDocument document)
    {
        var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            properties[fact.Name] = Of(fact, document);
            if (fact.Always)
            {
                required.Add(fact.Name);
            }
        }

        // The facts beside the allOf rather than in a second member of it: every generator reads that as a subclass with
        // these members, and Spectral's example check converts nullable members only there.
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = description,
            AllOf = [new OpenApiSchemaReference(baseId, document)],
            Properties = properties,
            Required = required,
        };
    }

    /// <summary>
    /// The base of the problem types of one status: the members every problem has, all required, and the discriminator
    /// that maps each problem type URI to its schema.
    /// </summary>
    public static OpenApiSchema Base(string description, IReadOnlyDictionary<string, string> schemaIdsByType, OpenApiDocument document) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        Properties = ProblemDetailsSchemaFilter.CommonMembers(),
        Required = ProblemDetailsSchemaFilter.CommonMembers().Keys.ToHashSet(StringComparer.Ordinal),
        Discriminator = new OpenApiDiscriminator
        {
            PropertyName = "type",
            Mapping = schemaIdsByType.ToDictionary(t => t.Key, t => new OpenApiSchemaReference(t.Value, document)),
        },
        // Extension members are part of RFC 9457; clients must tolerate members a later version adds.
        AdditionalPropertiesAllowed = true,
    };

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
        Fact.FactType.DelegatedChange => new OpenApiSchemaReference(nameof(Domain.Delegations.DelegatedChange), document),
        Fact.FactType.DelegatedChanges => new OpenApiSchema
        {
            Type = JsonSchemaType.Array, Items = new OpenApiSchemaReference(nameof(Domain.Delegations.DelegatedChange), document),
        },
        Fact.FactType.UnmetRules => new OpenApiSchema
        {
            Type = JsonSchemaType.Array, MinItems = 1, Items = new OpenApiSchemaReference(RuleCheck, document),
        },
        _ => throw new InvalidOperationException($"No schema for facts of type {fact.Type}."),
    };

    private static OpenApiSchema MunicipalityCode() => new() { Type = JsonSchemaType.String, Pattern = "^GM[0-9]{4}$" };

    /// <summary>The shape <see cref="NullableReferencesDocumentFilter"/> writes for a nullable reference.</summary>
    private static OpenApiSchema NullableReference(string id, OpenApiDocument document) =>
        NullableReferencesDocumentFilter.Nullable(new OpenApiSchemaReference(id, document));
}
