using Microsoft.OpenApi;
using Samenwerking.Api.Json;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

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
