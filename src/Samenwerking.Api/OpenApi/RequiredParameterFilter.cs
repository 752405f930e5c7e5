using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Documents a query or header parameter marked <c>[Required]</c> as required. For minimal APIs Swashbuckle
/// only follows nullability, but such a parameter is nullable on purpose: left out, it reaches the validator,
/// which answers a 400 naming it among every other invalid field, instead of binding failing first. An
/// <c>If-Match</c> that an operation cannot do without is marked the same way: left out, the answer is 428.
/// </summary>
public sealed class RequiredParameterFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is OpenApiParameter concrete && context.ParameterInfo?.GetCustomAttribute<RequiredAttribute>() is not null)
        {
            concrete.Required = true;
        }
    }
}
