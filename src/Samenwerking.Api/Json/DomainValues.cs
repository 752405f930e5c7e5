using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Common;

namespace Samenwerking.Api.Json;

/// <summary>Parsing domain enum values exactly as clients write them, in JSON bodies and query strings alike.</summary>
public static class DomainValues
{
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(DomainTerms.Of(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string NotAllowedMessage<TEnum>(string given) where TEnum : struct, Enum => Messages.Shared.Get("Input.ValueNotAllowed", ("given", given), ("values", DomainTerms.AllOf<TEnum>()));
}
