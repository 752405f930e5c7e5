using System.Text.RegularExpressions;
using Samenwerking.Api.Json;
using Samenwerking.Application.Collaborations.ListCollaborations;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Api.PublicRegister;

/// <summary>
/// What the search page was asked, read leniently from its form: a value the form cannot have produced is left out
/// instead of refused, so a hand-edited address still shows a page.
/// </summary>
public sealed partial record SearchCriteria(string? Q, string? Gemeente, LegalInstrument? Instrument, Phase? Fase, bool AlsoEnded, int Pagina)
{
    public const int PageSize = 20;
    public const string Ongoing = "lopend";
    public const string All = "alle";

    public bool Any => Q is not null || Gemeente is not null || Instrument is not null || Fase is not null || AlsoEnded;

    public static SearchCriteria From(IQueryCollection query)
    {
        var q = query["q"].FirstOrDefault()?.Trim();
        var gemeente = query["gemeente"].FirstOrDefault()?.Trim().ToUpperInvariant();
        return new SearchCriteria(
            string.IsNullOrEmpty(q) ? null : q.Length > 200 ? q[..200] : q,
            gemeente is not null && MunicipalityCode().IsMatch(gemeente) ? gemeente : null,
            DomainValues.TryParse<LegalInstrument>(query["instrument"].FirstOrDefault(), out var instrument) ? instrument : null,
            DomainValues.TryParse<Phase>(query["fase"].FirstOrDefault(), out var phase) ? phase : null,
            query["status"].FirstOrDefault() == All,
            int.TryParse(query["pagina"].FirstOrDefault(), out var page) && page is >= 1 and <= 10_000 ? page : 1);
    }

    public ListCollaborationsQuery ToQuery() =>
        new(Phase: Fase, Municipality: Gemeente, LegalInstrument: Instrument, Q: Q, Page: Pagina, PageSize: PageSize) { IncludeEnded = AlsoEnded };

    /// <summary>The address of another page of the same search.</summary>
    public string PageLink(int page)
    {
        var parameters = new List<KeyValuePair<string, string?>>
        {
            new("q", Q), new("gemeente", Gemeente),
            new("instrument", Instrument is { } i ? Domain.Common.DomainTerms.Of(i) : null),
            new("fase", Fase is { } f ? Domain.Common.DomainTerms.Of(f) : null),
            new("status", AlsoEnded ? All : null), new("pagina", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        return RegisterPaths.Search + Microsoft.AspNetCore.Http.QueryString.Create(parameters.Where(p => p.Value is not null));
    }

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex MunicipalityCode();
}
