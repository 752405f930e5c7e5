using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>The query or command whose validator checks an endpoint's path and query parameters.</summary>
public sealed record ValidatedParametersMetadata(Type Request);
