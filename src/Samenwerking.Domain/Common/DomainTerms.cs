using System.Collections.Frozen;

namespace Samenwerking.Domain.Common;

/// <summary>
/// Domain values as clients write them (<c>openbaarLichaam</c>), so messages speak the API's language
/// rather than C#'s (<c>OpenbaarLichaam</c>).
/// </summary>
public static class DomainTerms
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Terms<TEnum>.ByValue.TryGetValue(value, out var term) ? term : Format(value);

    public static string AllOf<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(Of));

    private static string Format<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    // Made once per enum: exports write a term for every value of every row.
    private static class Terms<TEnum> where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(value => value, Format);
    }
}
