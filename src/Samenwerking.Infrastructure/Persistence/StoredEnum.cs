using System.Collections.Frozen;

namespace Samenwerking.Infrastructure.Persistence;

/// <summary>
/// Domain values as the database stores them: by name (<c>HasConversion&lt;string&gt;()</c>). Reads that bypass EF look
/// a stored name up here, once per value instead of once per column per row through a converter.
/// </summary>
internal static class StoredEnum<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(value => value.ToString(), StringComparer.Ordinal);

    public static TEnum Parse(string stored) =>
        ByName.TryGetValue(stored, out var value) ? value : Enum.Parse<TEnum>(stored);

    public static string NameOf(TEnum value) => value.ToString();
}
