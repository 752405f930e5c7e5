using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Samenwerking.Application.Common.Text;

/// <summary>Reading <see cref="Messages"/>: a text by key, with its named placeholders filled in.</summary>
public static partial class MessageLookup
{
    /// <summary>
    /// The text under <paramref name="key"/> in the request's language, each <c>{name}</c> of
    /// <paramref name="values"/> filled in (in one pass, so a value is never read as a placeholder). Other
    /// placeholders stay: <c>{PropertyName}</c> is FluentValidation's. A key that is missing is a programming error.
    /// </summary>
    public static string Get(this IStringLocalizer messages, string key, params (string Name, object? Value)[] values)
    {
        var text = messages[key];
        if (text.ResourceNotFound)
        {
            throw new InvalidOperationException($"Messages.resx has no text '{key}'.");
        }

        return values.Length == 0
            ? text.Value
            : Placeholder().Replace(text.Value, match => values.FirstOrDefault(v => v.Name == match.Groups[1].Value) is { Name: not null } found
                ? Convert.ToString(found.Value, CultureInfo.CurrentCulture) ?? ""
                : match.Value);
    }

    /// <summary>Whether the request asked for Dutch (the API sets the UI culture from <c>Accept-Language</c>).</summary>
    public static bool IsDutch => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nl";

    /// <summary>A text the domain says in both languages, in the request's.</summary>
    public static string InRequestLanguage(this Domain.Rules.Text text) => IsDutch ? text.Dutch : text.English;

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
