using Microsoft.OpenApi;
using Samenwerking.Api.Json;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Query parameters of type <see cref="DomainValue{TEnum}"/> are, for clients, just the enum: the
/// parameter refers to the same named enum schema the bodies use, so generated clients share one type.
/// </summary>
public sealed class DomainValueParameterFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        var type = context.ApiParameterDescription.Type;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (parameter is OpenApiParameter concrete && type is { IsGenericType: true } && type.GetGenericTypeDefinition() == typeof(DomainValue<>))
        {
            concrete.Schema = context.SchemaGenerator.GenerateSchema(type.GetGenericArguments()[0], context.SchemaRepository);
        }
    }
}

public static class DomainValueSchemas
{
    /// <summary>Keeps the wrapper itself out of the components; the filter above supplies the real schema.</summary>
    public static void MapDomainValues(this SwaggerGenOptions options)
    {
        foreach (var enumType in typeof(Domain.Common.DomainTerms).Assembly.GetTypes().Where(t => t.IsEnum))
        {
            options.MapType(typeof(DomainValue<>).MakeGenericType(enumType), () => new OpenApiSchema { Type = JsonSchemaType.String });
        }

        options.ParameterFilter<DomainValueParameterFilter>();
    }
}
