using System.Globalization;
using System.Text;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Common;

namespace Samenwerking.Api.PublicRegister;

/// <summary>How the pages say things in Dutch: dates, domain values as words, and the vocabulary's own explanations.</summary>
public static class Dutch
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", Culture) ?? "onbekend";

    public static string Moment(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Amsterdam).ToString("d MMMM yyyy 'om' HH:mm", Culture);

    /// <summary>A domain value as words: <c>openbaarLichaam</c> becomes "openbaar lichaam".</summary>
    public static string Words<TEnum>(TEnum? value, string unknown = "nog niet gekozen") where TEnum : struct, Enum =>
        value is { } known ? Words(DomainTerms.Of(known)) : unknown;

    public static string Words(string term)
    {
        var words = new StringBuilder(term.Length + 4);
        foreach (var c in term)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], Culture) + text[1..];

    /// <summary>The vocabulary's Dutch explanation of a value (the same text <c>/vocabularies</c> gives with Accept-Language nl).</summary>
    public static string Explain<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Culture;
        try
        {
            return Messages.Shared[$"Vocabulary.{typeof(TEnum).Name}.{value}"].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public static string Number(decimal value) => value.ToString("0.0", Culture);

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
}
