using Npgsql;

namespace Samenwerking.Api.Tests.Collaborations;

/// <summary>
/// One query per read, lean writes: the number of statements and round trips a request costs is part of
/// its design, so a change that adds a lookup or loads the aggregate again fails here.
/// </summary>
public sealed class StatementCountTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private async Task<(HttpResponseMessage Response, int Statements, int RoundTrips)> CountAsync(HttpRequestMessage request)
    {
        var key = Guid.NewGuid().ToString();
        request.Headers.Add(SqlCommandCounter.Header, key);
        var response = await writer.SendAsync(request);
        return (response, api.SqlCommands.StatementsFor(key), api.SqlCommands.RoundTripsFor(key));
    }

    [Fact]
    public async Task A_collaboration_with_its_participants_and_their_names_takes_one_round_trip()
    {
        var created = await writer.CreateAsync(participants:
            [CollaborationApi.Participant("GM0489"), CollaborationApi.Participant("GM0613"), CollaborationApi.Participant("GM0599")]);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{CollaborationApi.Path}/{created.Id}");
        var key = Guid.NewGuid().ToString();
        request.Headers.Add(SqlCommandCounter.Header, key);

        var response = await writer.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Albrandswaard", "Barendrecht", "Rotterdam"],
            body.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("municipalityName").GetString()!).Order().ToArray());
        // Its two statements go out as one batch (CollaborationDetailsReader, plain Npgsql, which EF does not see).
        Assert.Equal(1, api.SqlCommands.NpgsqlCommandsFor(key));
    }

    [Theory]
    [InlineData("participants")]
    [InlineData("decisions")]
    [InlineData("roles")]
    [InlineData("phase-transitions")]
    [InlineData("phases")]
    public async Task A_sub_resource_read_takes_at_most_two_statements(string resource)
    {
        var created = await writer.CreateAsync();

        var (response, statements, _) = await CountAsync(new HttpRequestMessage(HttpMethod.Get, $"{CollaborationApi.Path}/{created.Id}/{resource}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(statements, 1, 2);
    }

    [Fact]
    public async Task Creating_with_three_participants_takes_one_batch_with_its_history_and_event_and_no_commit()
    {
        // The municipalities' reference data is read once per process; after that a create reads nothing.
        await writer.CreateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, CollaborationApi.Path)
        {
            Content = JsonContent.Create(new
            {
                name = CollaborationApi.UniqueName("Lean"),
                participants = new[] { CollaborationApi.Participant("GM0489"), CollaborationApi.Participant("GM0613"), CollaborationApi.Participant("GM0599") },
            }),
        };

        var key = Guid.NewGuid().ToString();
        request.Headers.Add(SqlCommandCounter.Header, key);

        var response = await writer.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, body.GetProperty("participants").GetArrayLength());
        Assert.Contains(body.GetProperty("participants").EnumerateArray(), p => p.GetProperty("municipalityName").GetString() == "Rotterdam");
        // The collaboration, its history entry, three participants and the change feed's outbox row (written in the
        // same transaction on purpose, issue 11): one batch of plain Npgsql, which PostgreSQL runs as one implicit
        // transaction, so no commit either; EF Core sends nothing.
        Assert.Equal(1, api.SqlCommands.NpgsqlCommandsFor(key));
        Assert.Equal(0, api.SqlCommands.RoundTripsFor(key));
        var id = body.GetProperty("id").GetGuid();
        var history = await writer.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}/{id}/history");
        Assert.Single(history.GetProperty("items").EnumerateArray());
        Assert.Single(await api.EventsAboutAsync(id));
    }

    [Fact]
    public async Task A_municipality_page_takes_one_statement_with_its_total_whether_full_or_not()
    {
        await writer.CreateAsync(participants: [CollaborationApi.Participant("GM0489"), CollaborationApi.Participant("GM0613")]);
        await writer.CreateAsync(participants: [CollaborationApi.Participant("GM0489"), CollaborationApi.Participant("GM0599")]);

        // No lookup of the municipality itself: it comes from the reference data in memory.
        var (full, fullStatements, fullRoundTrips) = await CountAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/municipalities/GM0489/collaborations?pageSize=1"));
        var (all, allStatements, _) = await CountAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/municipalities/GM0489/collaborations?pageSize=100"));

        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal((1, 1), (fullStatements, fullRoundTrips));
        Assert.Equal(1, allStatements);
        // The total rides along: the one-row page knows how many the whole list has.
        Assert.Equal((await all.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetArrayLength(),
            (await full.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("page").GetProperty("totalItems").GetInt32());
    }

    [Fact]
    public async Task A_searched_page_takes_one_statement_with_its_total()
    {
        var word = $"Zoekwoord{Guid.NewGuid():N}"[..20];
        await writer.CreateAsync($"{word} Noord");
        await writer.CreateAsync($"{word} Zuid");

        var (response, statements, roundTrips) = await CountAsync(new HttpRequestMessage(HttpMethod.Get, $"{CollaborationApi.Path}?q={word}%20n&pageSize=1"));
        var (everything, _, _) = await CountAsync(new HttpRequestMessage(HttpMethod.Get, $"{CollaborationApi.Path}?q={word}&pageSize=1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1, 1), (statements, roundTrips));
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("page").GetProperty("totalItems").GetInt32());
        Assert.Equal(2, (await everything.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("page").GetProperty("totalItems").GetInt32());
    }

    [Fact]
    public async Task A_create_refuses_a_duplicate_name_and_names_the_existing_collaboration()
    {
        var first = await writer.CreateAsync();
        var response = await writer.PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = first.Body.GetProperty("name").GetString()!.ToUpperInvariant(),
            participants = new[] { CollaborationApi.Participant("GM0489"), CollaborationApi.Participant("GM0613") },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("duplicate-name"));
        Assert.Equal(first.Id, problem.GetProperty("existingId").GetGuid());
    }

    [Fact]
    public async Task A_refused_create_leaves_none_of_its_rows_behind()
    {
        // Its batch has no explicit transaction: the duplicate name must still undo the history entry, the participants
        // and the outbox row written beside it.
        var first = await writer.CreateAsync();
        var duplicate = first.Body.GetProperty("name").GetString()!.ToUpperInvariant();
        var response = await writer.PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = duplicate,
            participants = new[] { CollaborationApi.Participant("GM0489"), CollaborationApi.Participant("GM0613") },
        });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);

        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var history = new NpgsqlCommand("SELECT count(*) FROM history_entries WHERE summary LIKE '%' || @name || '%'", connection);
        history.Parameters.AddWithValue("name", $"'{duplicate}'");
        await using var orphans = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM participants p WHERE NOT EXISTS (SELECT 1 FROM collaborations c WHERE c.id = p.collaboration_id))
                 + (SELECT count(*) FROM change_events e WHERE e.type = 'nl.samenwerking.collaboration.created'
                      AND NOT EXISTS (SELECT 1 FROM collaborations c WHERE c.id = e.subject)
                      AND NOT EXISTS (SELECT 1 FROM change_events d WHERE d.subject = e.subject AND d.type = 'nl.samenwerking.collaboration.deleted'))
            """, connection);
        Assert.Equal(0L, (long)(await history.ExecuteScalarAsync())!);
        Assert.Equal(0L, (long)(await orphans.ExecuteScalarAsync())!);
    }
}
