// The yardstick of build/bench/scale.sh: each benchmarked request as fast as plain Npgsql serves it, with the same JSON
// as the API byte for byte (scale.sh compares them before it measures). Its own SQL, not a copy of the API's: each
// request is one batch (one round trip) of statements prepared on their connection, read column by column and written
// with source-generated System.Text.Json. No EF Core, Mediator, validation, authentication or problem handling: what is
// left of the API's time over this is what those cost.
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Samenwerking.Bench.Raw;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, RawJson.Http));
var app = builder.Build();
// As the API tunes its connections: statements prepared once used twice, no session reset between requests.
var connection = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("RAW_CONNECTION")
    ?? throw new InvalidOperationException("RAW_CONNECTION is not set"))
{ MaxAutoPrepare = 32, AutoPrepareMinUsages = 2, NoResetOnClose = true };
await using var dataSource = NpgsqlDataSource.Create(connection.ConnectionString);
var municipalities = await Municipalities.LoadAsync(dataSource);

app.MapGet("/raw/collaborations/{id:guid}", async (Guid id, HttpResponse response) =>
{
    await using var batch = dataSource.CreateBatch();
    batch.BatchCommands.Add(Command(Sql.Collaboration, id));
    batch.BatchCommands.Add(Command(Sql.Participants, id));
    await using var reader = await batch.ExecuteReaderAsync();
    if (!await reader.ReadAsync())
    {
        return Results.NotFound();
    }

    var (collaboration, version) = Rows.Collaboration(reader);
    await reader.NextResultAsync();
    var participants = new List<Participant>();
    while (await reader.ReadAsync())
    {
        participants.Add(Rows.Participant(reader, municipalities));
    }

    response.Headers.ETag = $"\"{version}\"";
    return Results.Json(collaboration with { Participants = participants }, RawJson.Http.Collaboration);
});

app.MapGet("/raw/collaborations", async (HttpRequest request) =>
{
    var query = request.Query;
    var page = int.TryParse(query["page"], out var p) ? p : 1;
    var pageSize = int.TryParse(query["pageSize"], out var s) ? s : 20;
    var sql = new Filter(query["phase"], query["legalInstrument"], query["q"]);
    var (items, lastName, total) = sql.Searches && page == 1
        ? await SearchPage(sql, pageSize)
        : await CountAndPage(sql, page, pageSize);

    var next = items.Count == pageSize ? Cursor("name", lastName, items[^1].Id.ToString("D")) : null;
    return Results.Json(new PageOf<Summary>(items, PageInfo.For(page, pageSize, total, next)), RawJson.Http.PageSummary);
});

app.MapGet("/raw/municipalities/{code}/collaborations", async (string code, int page = 1, int pageSize = 20) =>
{
    if (!municipalities.Exists(code))
    {
        return Results.NotFound();
    }

    await using var batch = dataSource.CreateBatch();
    batch.BatchCommands.Add(Command(Sql.MunicipalityCount, Code(code)));
    batch.BatchCommands.Add(Command(Sql.MunicipalityPage, Code(code), pageSize, (page - 1) * pageSize));
    await using var reader = await batch.ExecuteReaderAsync();
    await reader.ReadAsync();
    var total = (int)reader.GetInt64(0);
    await reader.NextResultAsync();
    var items = new List<Membership>();
    var (lastName, lastParticipation) = ("", Guid.Empty);
    while (await reader.ReadAsync())
    {
        items.Add(Rows.Membership(reader));
        (lastName, lastParticipation) = (reader.GetString(8), reader.GetGuid(9));
    }

    var next = items.Count == pageSize
        ? Cursor("name", lastName, items[^1].JoinedOn.ToString("O"), lastParticipation.ToString("D"))
        : null;
    return Results.Json(new PageOf<Membership>(items, PageInfo.For(page, pageSize, total, next)), RawJson.Http.PageMembership);
});

app.MapPost("/raw/collaborations", async (HttpRequest request, HttpResponse response) =>
{
    using var body = await JsonDocument.ParseAsync(request.Body);
    var name = body.RootElement.GetProperty("name").GetString()!;
    var codes = body.RootElement.GetProperty("participants").EnumerateArray()
        .Select(participant => participant.GetProperty("municipalityCode").GetString()!).ToArray();
    if (codes.Any(code => !municipalities.Exists(code)))
    {
        return Results.Conflict();
    }

    // The body of build/bench/wrk/create.lua: one task, legal form and initiative known, the rest not.
    var id = Guid.CreateVersion7();
    var now = DateTime.UtcNow;
    var today = DateOnly.FromDateTime(now);
    var data = JsonSerializer.Serialize(new ChangeEventData("verkenning", id, codes), RawJson.Http.ChangeEventData);
    await using var insert = dataSource.CreateBatch();
    insert.BatchCommands.Add(Command(Sql.InsertCollaboration, id, name, name.ToLowerInvariant(), Json("""[{"Name": "Belastingen", "Type": "Uitvoering"}]"""),
        new[] { "Uitvoering" }, "Een", "Publiekrechtelijk", "OpenbaarLichaam", "Vrijwillig", codes.Length, today, now, Json("""{"powers": []}""")));
    insert.BatchCommands.Add(Command(Sql.InsertHistory, Guid.CreateVersion7(), id, now,
        $"Collaboration '{name}' created in verkenning with {codes.Length} participant(s)."));
    for (var ordinal = 0; ordinal < codes.Length; ordinal++)
    {
        insert.BatchCommands.Add(Command(Sql.InsertParticipant, Guid.CreateVersion7(), id, Code(codes[ordinal]), today, ordinal + 1));
    }

    insert.BatchCommands.Add(Command(Sql.InsertChangeEvent, Guid.CreateVersion7(), Json(data), codes, $"/collaborations/{id}", id, now));
    uint version;
    try
    {
        await using var reader = await insert.ExecuteReaderAsync();
        await reader.ReadAsync();
        version = reader.GetFieldValue<uint>(0);
    }
    catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
    {
        return Results.Conflict();
    }

    response.Headers.ETag = $"\"{version}\"";
    var participants = codes.Select(code => new Participant(code, municipalities.NameOn(code, today), "deelnemer", today, null, null, true)).ToList();
    var collaboration = new Collaboration(id, name, null, "verkenning", participants, ["uitvoering"], "een", null,
        new OrganisationForm(null, null, null), new LegalForm("publiekrechtelijk", "openbaarLichaam"), "vrijwillig",
        [new NamedTask("Belastingen", "uitvoering")], today, null, null, null, null, false, 4, null, null, Register.Empty, now, now);
    return Results.Json(collaboration, RawJson.Http.Collaboration, statusCode: StatusCodes.Status201Created);
});

app.Run();

// Count and page as two statements in one batch: a list walks an index and stops after its page.
async Task<(List<Summary> Items, string LastName, int Total)> CountAndPage(Filter sql, int page, int pageSize)
{
    await using var batch = dataSource.CreateBatch();
    batch.BatchCommands.Add(Command(sql.Count(), [.. sql.Values]));
    batch.BatchCommands.Add(Command(sql.Page(), [.. sql.Values, pageSize, (page - 1) * pageSize]));
    await using var reader = await batch.ExecuteReaderAsync();
    await reader.ReadAsync();
    var total = (int)reader.GetInt64(0);
    await reader.NextResultAsync();
    var items = new List<Summary>();
    var lastName = "";
    while (await reader.ReadAsync())
    {
        items.Add(Rows.Summary(reader));
        lastName = reader.GetString(11);
    }

    return (items, lastName, total);
}

// A search's first page counts its matches with a window in the statement that reads them (no second index scan).
async Task<(List<Summary> Items, string LastName, int Total)> SearchPage(Filter sql, int pageSize)
{
    await using var command = dataSource.CreateCommand(sql.PageCounted());
    foreach (var value in (object[])[.. sql.Values, pageSize, 0])
    {
        command.Parameters.Add(new NpgsqlParameter { Value = value });
    }

    await using var reader = await command.ExecuteReaderAsync();
    var items = new List<Summary>();
    var (lastName, total) = ("", 0);
    while (await reader.ReadAsync())
    {
        items.Add(Rows.Summary(reader));
        (lastName, total) = (reader.GetString(11), (int)reader.GetInt64(16));
    }

    return (items, lastName, total);
}

static NpgsqlBatchCommand Command(string sql, params object[] values)
{
    var command = new NpgsqlBatchCommand(sql);
    foreach (var value in values)
    {
        command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value });
    }

    return command;
}

// Typed as the column is (character(6)): compared as text, the index on the code would not apply.
static NpgsqlParameter Code(string value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Char };

static NpgsqlParameter Json(string value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Jsonb };

// The API's keyset cursor: the sort and the last item's keys, joined with NUL, in base64url.
static string Cursor(params string[] parts) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('\0', parts)));
