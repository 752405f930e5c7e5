using Microsoft.AspNetCore.Routing;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Api.OpenApi.TypedProblems;

/// <summary>
/// Keeps <see cref="OperationRefusals"/> and <see cref="PermissionRefusals"/> true: in the Testing environment, a
/// refusal that an operation answers although the contract does not list it under that operation's 409 (a conflict)
/// or 403 (who may make the change) becomes a 500, which fails the test that provoked it. Elsewhere the refusal goes
/// out as usual.
/// </summary>
public static class UndeclaredRefusals
{
    public static bool Found(HttpContext httpContext, Refusal refusal)
    {
        if (!httpContext.RequestServices.GetRequiredService<IHostEnvironment>().IsEnvironment("Testing"))
        {
            return false;
        }

        // The exception handler runs with the endpoint cleared; the feature keeps the one that threw.
        var endpoint = httpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        if (refusal.Kind == RefusalKind.Forbidden)
        {
            return endpoint?.Metadata.GetMetadata<Authentication.PermissionMetadata>() is not { } permission ||
                   !PermissionRefusals.Of(permission.Who).Contains(refusal);
        }

        var operation = endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        return !OperationRefusals.Of(operation).Contains(refusal);
    }
}
