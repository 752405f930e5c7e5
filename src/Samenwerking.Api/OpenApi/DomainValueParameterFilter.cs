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
