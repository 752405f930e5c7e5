using System.Globalization;

namespace Samenwerking.Api.PublicRegister;

/// <summary>
/// Where the register's pages live on the API's host: at the root under <c>/register</c>, beside the API's base path
/// <c>/api/v1</c>, so they never meet the API's own <c>/api/v1/register</c>.
/// </summary>
public static class RegisterPaths
{
    public const string Root = "/register";
    public const string Search = Root + "/zoeken";
    public const string Accessibility = Root + "/toegankelijkheid";
    public const string Stylesheet = Root + "/register.css";

    public static string Municipality(string code) => $"{Root}/gemeenten/{Uri.EscapeDataString(code)}";

    public static string Collaboration(Guid id) => $"{Root}/samenwerkingen/{id.ToString("D", CultureInfo.InvariantCulture)}";

    /// <summary>The anonymous JSON and CSV reads, under the API's base path.</summary>
    public static string MunicipalityJson(string code) => $"{Http.ApiVersion.BasePath}{PublicRegisterEndpoints.Prefix}/municipalities/{Uri.EscapeDataString(code)}/register";

    public static string MunicipalityCsv(string code) => MunicipalityJson(code) + "/export";

    public static string CollaborationJson(Guid id) => $"{Http.ApiVersion.BasePath}{PublicRegisterEndpoints.Prefix}/collaborations/{id:D}";

    public static string CollaborationCsv(Guid id) => CollaborationJson(id) + "/export";

    public static string RegisterJson => $"{Http.ApiVersion.BasePath}{PublicRegisterEndpoints.Prefix}/register";

    public static string RegisterCsv => RegisterJson + "/export";
}
