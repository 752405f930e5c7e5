namespace Samenwerking.Api.Json;

/// <summary>
/// A domain enum in a query string. Minimal APIs would bind a plain enum case-sensitively by C# name
/// and accept numbers; this binds exactly the values the JSON uses. OpenAPI shows it as the enum itself.
/// </summary>
public readonly record struct DomainValue<TEnum>(TEnum Value) where TEnum : struct, Enum
{
    public static bool TryParse(string? text, out DomainValue<TEnum> result)
    {
        var parsed = DomainValues.TryParse<TEnum>(text, out var value);
        result = new DomainValue<TEnum>(value);
        return parsed;
    }
}

public static class DomainValueExtensions
{
    public static TEnum? OrNull<TEnum>(this DomainValue<TEnum>? value) where TEnum : struct, Enum => value?.Value;
}
