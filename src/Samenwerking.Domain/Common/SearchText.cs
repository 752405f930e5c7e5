using System.Globalization;
using System.Text;

namespace Samenwerking.Domain.Common;

/// <summary>
/// Folds text for case- and accent-insensitive matching ("Súdwest-Fryslân" matches "sudwest"),
/// the same way when storing and when searching, so the database can use a plain index.
/// </summary>
public static class SearchText
{
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(character));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>
    /// What separates the words of a normalized text: the space and ASCII punctuation. Anything else, letters and digits
    /// of any script included, belongs to a word. The database splits names by the same characters (migration
    /// <c>NameWords</c>), so a search can look up words the way they were stored.
    /// </summary>
    public const string WordSeparators = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /// <summary>The words of <paramref name="normalized"/>, in order.</summary>
    public static string[] Words(string normalized) =>
        normalized.Split(WordSeparatorCharacters, StringSplitOptions.RemoveEmptyEntries);

    private static readonly char[] WordSeparatorCharacters = WordSeparators.ToCharArray();
}
