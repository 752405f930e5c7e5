using System.Text.Json;

namespace Samenwerking.Api.ErrorHandling;

/// <summary>
/// Turns a validator's property path (<c>Participants[1].MunicipalityCode</c>) into the name the
/// client sent (<c>participants[1].municipalityCode</c>).
/// </summary>
public static class JsonFieldNames
{
    public static string FromPropertyPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>System.Text.Json reports paths as <c>$.participants[0].joinedOn</c>; clients know them without the root.</summary>
    public static string FromJsonPath(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$').TrimStart('.');
}
