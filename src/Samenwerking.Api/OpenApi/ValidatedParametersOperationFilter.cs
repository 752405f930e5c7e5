using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>Writes the validator's constraints into the path and query parameters (page size 1 to 100, a CBS code's pattern, the sort orders).</summary>
public sealed class ValidatedParametersOperationFilter(IServiceProvider services) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ValidatedParametersMetadata>().LastOrDefault();
        if (metadata is null || operation.Parameters is null)
        {
            return;
        }

        using var scope = services.CreateScope();
        var validator = ValidatorRules.For(scope.ServiceProvider, metadata.Request)
                        ?? throw new InvalidOperationException($"{operation.OperationId}: {metadata.Request.Name} has no validator.");
        var checks = ValidatorRules.Checks(validator, scope.ServiceProvider).Where(c => !c.OnItems).ToList();
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
        {
            if (parameter is not { In: ParameterLocation.Query or ParameterLocation.Path, Schema: OpenApiSchema schema })
            {
                continue;
            }

            foreach (var check in checks.Where(c => string.Equals(c.Member, parameter.Name, StringComparison.OrdinalIgnoreCase)))
            {
                ValidatorConstraints.Apply(schema, check.Validator);
            }
        }
    }
}
