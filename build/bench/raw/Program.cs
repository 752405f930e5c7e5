// The yardstick of build/bench/scale.sh: the statements the API sends for each benchmarked request, copied from
// PostgreSQL's log, sent over plain Npgsql (each request's statements in one batch, one round trip) and written
// straight to JSON. No EF Core, Mediator, validation, authentication or problem handling: what is left of the API's
// time over this is what those cost. When the API's SQL changes, copy the new statements here (see the README).
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
await using var dataSource = NpgsqlDataSource.Create(
    Environment.GetEnvironmentVariable("RAW_CONNECTION") ?? throw new InvalidOperationException("RAW_CONNECTION is not set"));

// The municipalities' current names, read once: the API keeps this reference data in memory too.
var currentNames = new Dictionary<string, string>();
await using (var lookup = dataSource.CreateCommand(Sql.Municipalities))
await using (var reader = await lookup.ExecuteReaderAsync())
{
    while (await reader.ReadAsync())
    {
        if (reader.IsDBNull(6))
        {
            currentNames[reader.GetString(0)] = reader.GetString(2);
        }
    }
}

// Columns 4 to 11 of each row are a participant; the others repeat the collaboration.
const int FirstParticipantColumn = 4, LastParticipantColumn = 11;

app.MapGet("/raw/collaborations/{id:guid}", async (Guid id, HttpResponse response) =>
{
    await using var command = dataSource.CreateCommand(Sql.Collaboration);
    command.Parameters.Add(new NpgsqlParameter { Value = id });
    await using var reader = await command.ExecuteReaderAsync();
    if (!await reader.ReadAsync())
    {
        response.StatusCode = 404;
        return;
    }
    await WriteJson(response, async json =>
    {
        json.WriteStartObject();
        WriteColumns(json, reader, column => column is < FirstParticipantColumn or > LastParticipantColumn);
        json.WriteStartArray("participants");
        do
        {
            json.WriteStartObject();
            WriteColumns(json, reader, column => column is >= FirstParticipantColumn and <= LastParticipantColumn);
            json.WriteEndObject();
        }
        while (await reader.ReadAsync());
        json.WriteEndArray();
        json.WriteEndObject();
    });
});

app.MapGet("/raw/municipalities/{code}/collaborations", async (string code, HttpResponse response, int page = 1, int pageSize = 20) =>
{
    if (!currentNames.ContainsKey(code))
    {
        response.StatusCode = 404;
        return;
    }
    await using var batch = dataSource.CreateBatch();
    batch.BatchCommands.Add(Command(Sql.MunicipalityPage, Code(code), pageSize, (page - 1) * pageSize));
    await using var reader = await batch.ExecuteReaderAsync();
    await WritePage(response, reader, page, pageSize);
});

app.MapGet("/raw/collaborations", async (HttpRequest request, HttpResponse response) =>
{
    var query = request.Query;
    var page = int.TryParse(query["page"], out var p) ? p : 1;
    var pageSize = int.TryParse(query["pageSize"], out var s) ? s : 20;
    await using var batch = dataSource.CreateBatch();
    if (query["q"].ToString() is { Length: > 0 } q)
    {
        // Terms of two words or more, as the benchmark's ("omgevingsdienst kust"), of plain letters.
        var term = q.ToLowerInvariant();
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var reversedFirst = new string(words[0].Reverse().ToArray());
        var pattern = "%" + term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        batch.BatchCommands.Add(Command(Sql.SearchPage, reversedFirst, Successor(reversedFirst), words[1], Successor(words[1]),
            pattern, pageSize, (page - 1) * pageSize));
    }
    else
    {
        // The filtered list of the benchmark: phase and legal instrument, as the API stores them.
        var phase = Stored(query["phase"].ToString());
        var instrument = Stored(query["legalInstrument"].ToString());
        batch.BatchCommands.Add(Command(Sql.FilterPage, phase, instrument, pageSize, (page - 1) * pageSize));
    }
    await using var reader = await batch.ExecuteReaderAsync();
    await WritePage(response, reader, page, pageSize);
});

app.MapPost("/raw/collaborations", async (HttpRequest request, HttpResponse response) =>
{
    using var body = await JsonDocument.ParseAsync(request.Body);
    var name = body.RootElement.GetProperty("name").GetString()!;
    var codes = body.RootElement.GetProperty("participants").EnumerateArray()
        .Select(participant => participant.GetProperty("municipalityCode").GetString()!).ToArray();

    if (codes.Any(code => !currentNames.ContainsKey(code)))
    {
        response.StatusCode = 409;
        return;
    }

    var id = Guid.CreateVersion7();
    var now = DateTime.UtcNow;
    var today = DateOnly.FromDateTime(now);
    var data = JsonSerializer.Serialize(new { phase = "verkenning", collaborationId = id, municipalityCodes = codes });
    await using var insert = dataSource.CreateBatch();
    insert.BatchCommands.Add(Command(Sql.InsertChangeEvent, "bench", Json(data), Guid.CreateVersion7(), codes,
        $"/collaborations/{id}", id, now, "nl.samenwerking.collaboration.created"));
    insert.BatchCommands.Add(Command(Sql.InsertCollaboration, Json("""[{"Name": "Belastingen", "Type": "Uitvoering"}]"""), id, now,
        DBNull.Value, 4, today, DBNull.Value, "Vrijwillig", DBNull.Value, "OpenbaarLichaam", "Publiekrechtelijk", DBNull.Value, name,
        name.ToLowerInvariant(), DBNull.Value, DBNull.Value, DBNull.Value, "Verkenning", Json("""{"powers": []}"""), DBNull.Value,
        DBNull.Value, "Een", new[] { "Uitvoering" }, now, codes.Length));
    insert.BatchCommands.Add(Command(Sql.InsertHistory, Guid.CreateVersion7(), "Benchmark (administrator)", "bench", id, "Created", now,
        $"Collaboration '{name}' created in verkenning with {codes.Length} participant(s)."));
    for (var ordinal = 0; ordinal < codes.Length; ordinal++)
    {
        insert.BatchCommands.Add(Command(Sql.InsertParticipant, Guid.CreateVersion7(), id, today, DBNull.Value, Code(codes[ordinal]), ordinal + 1,
            "Deelnemer", DBNull.Value));
    }
    uint version;
    try
    {
        await using var reader = await insert.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        version = reader.GetFieldValue<uint>(0);
    }
    catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
    {
        response.StatusCode = 409;
        return;
    }
    response.StatusCode = 201;
    response.Headers.Location = $"/raw/collaborations/{id}";
    response.Headers.ETag = $"\"{version}\"";
    await WriteJson(response, json =>
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("name", name);
        json.WriteString("phase", "verkenning");
        json.WriteStartArray("participants");
        foreach (var code in codes)
        {
            json.WriteStartObject();
            json.WriteString("municipalityCode", code);
            json.WriteString("name", currentNames[code]);
            json.WriteString("role", "deelnemer");
            json.WriteString("joinedOn", today.ToString("yyyy-MM-dd"));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        return Task.CompletedTask;
    });
});

app.Run();

static NpgsqlBatchCommand Command(string sql, params object[] values)
{
    var command = new NpgsqlBatchCommand(sql);
    foreach (var value in values)
    {
        command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value });
    }
    return command;
}

// Typed as the column is (character(6)), as EF sends it: compared as text, the index on the code would not apply.
static NpgsqlParameter Code(string value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Char };

static NpgsqlParameter Json(string value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Jsonb };

// "openbaarLichaam" → "OpenbaarLichaam": the enum names the API stores.
static string Stored(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..];

// As the API's pages: the list's total rides along in each row's last column (0 on a page past the end, which the
// benchmark never asks for; the API counts that one apart).
static async Task WritePage(HttpResponse response, NpgsqlDataReader reader, int page, int pageSize)
{
    var total = 0;
    await WriteJson(response, async json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("items");
        var totalColumn = reader.FieldCount - 1;
        while (await reader.ReadAsync())
        {
            total = reader.GetInt32(totalColumn);
            json.WriteStartObject();
            WriteColumns(json, reader, column => column < totalColumn);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("page");
        json.WriteNumber("page", page);
        json.WriteNumber("pageSize", pageSize);
        json.WriteNumber("totalItems", total);
        json.WriteNumber("totalPages", (total + pageSize - 1) / pageSize);
        json.WriteEndObject();
        json.WriteEndObject();
    });
}

static async Task WriteJson(HttpResponse response, Func<Utf8JsonWriter, Task> write)
{
    response.ContentType = "application/json; charset=utf-8";
    await using var json = new Utf8JsonWriter(response.BodyWriter);
    await write(json);
    await json.FlushAsync();
}

static void WriteColumns(Utf8JsonWriter json, NpgsqlDataReader reader, Func<int, bool>? include = null)
{
    for (var i = 0; i < reader.FieldCount; i++)
    {
        if (include is not null && !include(i))
        {
            continue;
        }
        json.WritePropertyName(reader.GetName(i) + i);
        if (reader.IsDBNull(i))
        {
            json.WriteNullValue();
            continue;
        }
        switch (reader.GetDataTypeName(i))
        {
            case "jsonb":
                json.WriteRawValue(reader.GetString(i));
                break;
            case "date":
                json.WriteStringValue(reader.GetFieldValue<DateOnly>(i).ToString("yyyy-MM-dd"));
                break;
            default:
                JsonSerializer.Serialize(json, reader.GetValue(i));
                break;
        }
    }
}

// The first string after every string that starts with the prefix, in collation "C": the last letter one higher.
static string Successor(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
