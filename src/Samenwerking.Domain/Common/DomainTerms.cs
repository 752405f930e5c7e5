namespace Samenwerking.Domain.Common;

/// <summary>
/// Domain values as clients write them (<c>openbaarLichaam</c>), so messages speak the API's language
/// rather than C#'s (<c>OpenbaarLichaam</c>).
/// </summary>
public static class DomainTerms
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static string AllOf<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(Of));
}
