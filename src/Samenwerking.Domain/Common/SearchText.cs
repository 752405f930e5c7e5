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
}
