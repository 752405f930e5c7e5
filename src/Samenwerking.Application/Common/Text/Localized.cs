using System.Globalization;

namespace Samenwerking.Application.Common.Text;

/// <summary>
/// The API's own messages in the request's language: Dutch when the current UI culture is Dutch (the API
/// sets it from <c>Accept-Language</c>), English otherwise. The culture is read each time a message is
/// made, so a validator must ask here inside its message lambda
/// (<c>.WithMessage(_ =&gt; Localized.Text("…", "…"))</c>), never once while it is being built.
/// Placeholders such as <c>{PropertyName}</c> work in both texts. Messages from the domain stay English.
/// </summary>
public static class Localized
{
    /// <summary>Whether the current request asked for Dutch.</summary>
    public static bool IsDutch => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nl";

    /// <summary>The Dutch text when the request asked for Dutch, otherwise the English one.</summary>
    public static string Text(string english, string dutch) => IsDutch ? dutch : english;
}
