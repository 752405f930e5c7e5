using System.Globalization;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Api.PublicRegister;

/// <summary>
/// What a municipality's page shows: by default its gemeenschappelijke regelingen (the Wgr register), with
/// <c>soort=alle</c> every collaboration it takes part in; fifty at a time, so the page stays quick for a municipality
/// in thousands (the CSV and JSON downloads hold them all).
/// </summary>
public sealed record MunicipalityView(string Code, bool AllKinds, int Page)
{
    public const int PageSize = 50;
    public const string AllKindsValue = "alle";

    public LegalKind? LegalKind => AllKinds ? null : Domain.Collaborations.LegalKind.Publiekrechtelijk;

    public static MunicipalityView From(string code, IQueryCollection query) => new(
        code,
        query["soort"].FirstOrDefault() == AllKindsValue,
        int.TryParse(query["pagina"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= 100_000 ? page : 1);

    public string Link(bool allKinds, int page)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (allKinds)
        {
            parameters.Add(new("soort", AllKindsValue));
        }

        if (page > 1)
        {
            parameters.Add(new("pagina", page.ToString(CultureInfo.InvariantCulture)));
        }

        return RegisterPaths.Municipality(Code) + QueryString.Create(parameters);
    }
}
