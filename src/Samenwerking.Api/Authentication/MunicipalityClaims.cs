using System.Security.Claims;
using System.Text.Json;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Api.Authentication;

/// <summary>
/// Reads the municipalities a user acts for from the token. Identity providers write one CBS code, a JSON
/// array (which arrives as one claim per element, or as one claim holding the array), or codes separated
/// by spaces. Anything that is not a CBS code is ignored: it grants nothing.
/// </summary>
public static class MunicipalityClaims
{
    public static IReadOnlyList<string> Read(ClaimsPrincipal user, string claimType) =>
        user.FindAll(claimType)
            .SelectMany(claim => Values(claim.Value))
            .Select(value => value.Trim().ToUpperInvariant())
            .Where(MunicipalityCode.IsValid)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<string> Values(string value)
    {
        var trimmed = value.Trim();
        if (!trimmed.StartsWith('['))
        {
            return trimmed.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        }

        try
        {
            return JsonSerializer.Deserialize<string[]>(trimmed) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
