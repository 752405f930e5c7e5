using Samenwerking.Application.Common.Text;

namespace Samenwerking.Api.ErrorHandling;

/// <summary>Short, stable problem titles per status, in English or (with Accept-Language: nl) Dutch.</summary>
public static class ProblemTitles
{
    private static readonly Dictionary<int, (string En, string Nl)> Titles = new()
    {
        [400] = ("Invalid input", "Ongeldige invoer"),
        [401] = ("Authentication required", "Authenticatie vereist"),
        [403] = ("Insufficient scope", "Onvoldoende rechten"),
        [404] = ("Not found", "Niet gevonden"),
        [405] = ("Method not allowed", "Methode niet toegestaan"),
        [406] = ("Not acceptable", "Niet aanvaardbaar"),
        [409] = ("Conflict with a business rule", "In strijd met een bedrijfsregel"),
        [412] = ("Precondition failed", "Voorwaarde niet vervuld"),
        [413] = ("Request too large", "Verzoek te groot"),
        [415] = ("Unsupported media type", "Mediatype niet ondersteund"),
        [428] = ("Precondition required", "Voorwaarde vereist"),
        [429] = ("Too many requests", "Te veel verzoeken"),
        [500] = ("Internal server error", "Interne serverfout"),
        [503] = ("Service unavailable", "Dienst niet beschikbaar"),
    };

    public static string For(int status) =>
        Titles.TryGetValue(status, out var title) ? Localized.Text(title.En, title.Nl) : Localized.Text("Error", "Fout");
}
