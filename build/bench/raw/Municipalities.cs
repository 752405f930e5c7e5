using Npgsql;

namespace Samenwerking.Bench.Raw;

/// <summary>Every municipality's names over time, read once: the API keeps this reference data in memory too.</summary>
internal sealed class Municipalities(ILookup<string, (DateOnly From, DateOnly? To, string Name)> records)
{
    public static async Task<Municipalities> LoadAsync(NpgsqlDataSource dataSource)
    {
        var rows = new List<(string Code, DateOnly From, DateOnly? To, string Name)>();
        await using var command = dataSource.CreateCommand("SELECT code, valid_from, valid_to, name FROM municipalities");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2), reader.GetString(3)));
        }

        return new Municipalities(rows.ToLookup(r => r.Code, r => (r.From, r.To, r.Name)));
    }

    public bool Exists(string code) => records.Contains(code);

    /// <summary>The name the municipality had on that day, or else the last name it had (a merged municipality).</summary>
    public string NameOn(string code, DateOnly day) =>
        records[code].OrderByDescending(r => r.From <= day && (r.To == null || day < r.To)).ThenByDescending(r => r.From)
            .Select(r => r.Name).FirstOrDefault() ?? code;
}
