using System.Text.Json;
using Npgsql;

namespace Samenwerking.Bench.Raw;

/// <summary>Rows of the yardstick's statements as the API's representations, column by column.</summary>
internal static class Rows
{
    public static (Collaboration Collaboration, uint Version) Collaboration(NpgsqlDataReader r)
    {
        var legalKind = Value(r, 10);
        var (taskScope, novelty, multiplicity, structure) = (Value(r, 5), Value(r, 7), Value(r, 8), Value(r, 9));
        var tasks = JsonSerializer.Deserialize(r.GetString(13), RawJson.Http.StoredTaskArray)!;
        var collaboration = new Collaboration(r.GetGuid(0), r.GetString(1), Text(r, 2), Domain(r.GetString(3)), [],
            Array.ConvertAll(r.GetFieldValue<string[]>(4), Domain), taskScope, Value(r, 6), new OrganisationForm(novelty, multiplicity, structure),
            legalKind is null ? null : new LegalForm(legalKind, Value(r, 11)), Value(r, 12),
            Array.ConvertAll(tasks, t => new NamedTask(t.Name, Domain(t.Type))), Date(r, 14), Value(r, 15), Date(r, 16), Date(r, 24), Text(r, 25),
            taskScope == "alle" && novelty == "nieuw" && multiplicity == "een" && structure == "centraal",
            r.GetInt32(17), Date(r, 18), Date(r, 19), Register(r.GetString(20)), r.GetDateTime(21), r.GetDateTime(22));
        return (collaboration, r.GetFieldValue<uint>(23));
    }

    public static Participant Participant(NpgsqlDataReader r, Municipalities municipalities)
    {
        var (code, joinedOn, leftOn) = (r.GetString(0), r.GetFieldValue<DateOnly>(2), Date(r, 3));
        return new Participant(code, municipalities.NameOn(code, joinedOn), Domain(r.GetString(1)), joinedOn, leftOn, Text(r, 4), leftOn is null);
    }

    public static Summary Summary(NpgsqlDataReader r) => new(r.GetGuid(0), r.GetString(1), Domain(r.GetString(2)),
        Array.ConvertAll(r.GetFieldValue<string[]>(3), Domain), Value(r, 4), Value(r, 5), Value(r, 6),
        Value(r, 7) == "alle" && Value(r, 8) == "nieuw" && Value(r, 9) == "een" && Value(r, 10) == "centraal",
        r.GetInt32(12), r.GetDateTime(13), Date(r, 14), Date(r, 15));

    public static Membership Membership(NpgsqlDataReader r) => new(r.GetGuid(0), r.GetString(1), Domain(r.GetString(2)), Value(r, 3),
        Value(r, 4), Domain(r.GetString(5)), r.GetFieldValue<DateOnly>(6), Date(r, 7), Date(r, 10));

    private static Register Register(string json)
    {
        var stored = JsonSerializer.Deserialize(json, RawJson.Http.StoredRegister)!;
        return new Register(stored.CitationTitle, stored.Purpose, stored.InForceSince, stored.LegalProvisions,
            Array.ConvertAll(stored.Powers ?? [], p => new Power(p.Description, Domain(p.Transfer))), stored.Seat, stored.PublicationUrl,
            stored.Bronhouder);
    }

    // "OpenbaarLichaam" → "openbaarLichaam": stored enum names as the API writes them.
    private static string Domain(string stored) => string.Create(stored.Length, stored, (span, s) =>
    {
        s.AsSpan().CopyTo(span);
        span[0] = char.ToLowerInvariant(span[0]);
    });

    private static string? Value(NpgsqlDataReader r, int column) => r.IsDBNull(column) ? null : Domain(r.GetString(column));

    private static string? Text(NpgsqlDataReader r, int column) => r.IsDBNull(column) ? null : r.GetString(column);

    private static DateOnly? Date(NpgsqlDataReader r, int column) => r.IsDBNull(column) ? null : r.GetFieldValue<DateOnly>(column);
}
