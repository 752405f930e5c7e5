using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Makes <c>required</c> say what the server really does, read from the serializer's own contract
/// rather than from nullability: the API writes every property, <c>null</c> included, and (with
/// <c>RespectRequiredConstructorParameters</c>) refuses a body that lacks a constructor parameter
/// without a default. So a property is required unless its parameter has a default, it is a plain
/// settable property, or the serializer may leave it out (a <c>JsonIgnore</c> condition); and a
/// property the type's validator insists on is required too (<see cref="ValidatorRequirements"/>).
/// Nullability stays as Swashbuckle derives it from the annotations, which the server also enforces.
/// </summary>
public sealed class RequiredPropertiesSchemaFilter(IOptions<JsonOptions> json, IServiceProvider services) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete ||
            context.Type.Namespace?.StartsWith("Samenwerking.", StringComparison.Ordinal) != true)
        {
            return;
        }

        var contract = json.Value.SerializerOptions.GetTypeInfo(context.Type);
        if (contract.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var validated = new ValidatorRequirements(services).For(context.Type);
        concrete.Required = contract.Properties
            .Where(p => concrete.Properties.ContainsKey(p.Name) &&
                        (AlwaysPresent(p) || (p.AttributeProvider is System.Reflection.MemberInfo member && validated.Contains(member.Name))))
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);

        // The server ignores members it does not know, and a later minor version may send more:
        // `additionalProperties: false` would promise clients the opposite.
        concrete.AdditionalPropertiesAllowed = true;
    }

    private static bool AlwaysPresent(JsonPropertyInfo property) =>
        property.ShouldSerialize is null && property.Get is not null &&
        (property.IsRequired ||
         property.AssociatedParameter is { HasDefaultValue: false } ||
         (property.AssociatedParameter is null && property.Set is null));
}
