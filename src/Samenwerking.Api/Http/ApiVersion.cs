namespace Samenwerking.Api.Http;

/// <summary>The API's version: major in the path, full semver in <c>info.version</c> and the <c>API-Version</c> header.</summary>
public static class ApiVersion
{
    public const string Full = "2.0.0";
    public const string Major = "v1";
    public const string BasePath = "/api/" + Major;
    public const string HeaderName = "API-Version";
}
