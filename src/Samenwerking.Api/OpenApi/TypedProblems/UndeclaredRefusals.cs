using Microsoft.AspNetCore.Routing;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Api.OpenApi.TypedProblems;

/// <summary>
/// Keeps <see cref="OperationRefusals"/> true: in the Testing environment, a conflict that an operation answers
/// although the contract does not list it under that operation's 409 becomes a 500, which fails the test that
/// provoked it. Elsewhere the refusal goes out as usual.
/// </summary>
public static class UndeclaredRefusals
{
    public static bool Found(HttpContext httpContext, Refusal refusal)
    {
        if (refusal.Kind != RefusalKind.Conflict ||
            !httpContext.RequestServices.GetRequiredService<IHostEnvironment>().IsEnvironment("Testing"))
        {
            return false;
        }

        // The exception handler runs with the endpoint cleared; the feature keeps the one that threw.
        var endpoint = httpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        var operation = endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        return !OperationRefusals.Of(operation).Contains(refusal);
    }
}
