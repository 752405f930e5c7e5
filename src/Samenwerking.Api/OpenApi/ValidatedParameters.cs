using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

public static class ValidatedParameters
{
    /// <summary>
    /// Names the request (query or command) that the endpoint's parameters become, so the OpenAPI document
    /// gives each parameter the constraints of the member of the same name in that request's validator.
    /// </summary>
    public static RouteHandlerBuilder WithParametersValidatedAs<TRequest>(this RouteHandlerBuilder endpoint) =>
        endpoint.WithMetadata(new ValidatedParametersMetadata(typeof(TRequest)));
}
