using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Gives a request body's schema the constraints its validator enforces (<see cref="ValidatorConstraints"/>),
/// down into the objects and list items that child validators check, so a client that keeps to the schema
/// is not refused for a length, pattern, range or count.
/// </summary>
public sealed class ValidatorConstraintsSchemaFilter(IOptions<JsonOptions> json, IServiceProvider services) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete)
        {
            return;
        }

        using var scope = services.CreateScope();
        var validatedType = context.Type.GetCustomAttribute<ConstraintsFromAttribute>()?.ValidatedType ?? context.Type;
        if (ValidatorRules.For(scope.ServiceProvider, validatedType) is { } validator)
        {
            Constrain(concrete, context.Type, validator, scope.ServiceProvider, context.SchemaRepository);
        }
    }

    private void Constrain(OpenApiSchema schema, Type type, IValidator validator, IServiceProvider provider, SchemaRepository repository)
    {
        var contract = json.Value.SerializerOptions.GetTypeInfo(type);
        foreach (var check in ValidatorRules.Checks(validator, provider))
        {
            var property = contract.Properties.FirstOrDefault(p => p.AttributeProvider is MemberInfo m && m.Name == check.Member);
            if (property is null || schema.Properties is null || !schema.Properties.TryGetValue(property.Name, out var memberSchema))
            {
                continue;
            }

            var valueType = check.OnItems ? ItemType(property.PropertyType) : property.PropertyType;
            var target = check.OnItems ? (memberSchema as OpenApiSchema)?.Items : memberSchema;
            if (check.Child is { } child && valueType is not null && Named(target, repository) is { } named)
            {
                Constrain(named, valueType, child, provider, repository);
            }
            else if (target is OpenApiSchema inline)
            {
                ValidatorConstraints.Apply(inline, check.Validator);
            }
        }
    }

    private static Type? ItemType(Type listType) => listType.IsArray
        ? listType.GetElementType()
        : listType.GetInterfaces().Append(listType)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    /// <summary>The named schema a member refers to, directly or through a wrapper (nullable, or <c>allOf</c> for a description).</summary>
    private static OpenApiSchema? Named(IOpenApiSchema? schema, SchemaRepository repository)
    {
        var id = schema switch
        {
            OpenApiSchemaReference reference => reference.Reference.Id,
            OpenApiSchema { AllOf: [OpenApiSchemaReference reference] } => reference.Reference.Id,
            OpenApiSchema { OneOf: [OpenApiSchemaReference reference, ..] } => reference.Reference.Id,
            _ => null,
        };
        return id is null ? null : repository.Schemas.GetValueOrDefault(id) as OpenApiSchema;
    }
}
