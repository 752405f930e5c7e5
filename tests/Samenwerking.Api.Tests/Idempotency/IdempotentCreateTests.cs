using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Samenwerking.Infrastructure.Idempotency;

namespace Samenwerking.Api.Tests.Idempotency;

/// <summary>POSTs that create something, repeated with the same Idempotency-Key, create it once.</summary>
public sealed class IdempotentCreateTests(ApiFactory api)
{
    private const string KeyReused = "urn:samenwerking:problem:idempotency-key-reused";
    private const string InFlight = "urn:samenwerking:problem:idempotency-key-in-flight";

    private readonly HttpClient writer = api.Writer();

    private static Dictionary<string, object?> NewCollaboration(string name) => new()
    {
        ["name"] = name,
        ["participants"] = new[] { CollaborationApi.Participant("GM0489"), CollaborationApi.Participant("GM0613") },
    };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body, string key, string? language = null)
    {
        var content = new ByteArrayContent(Serialized(body));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add("Idempotency-Key", key);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await client.SendAsync(request);
    }

    private async Task<int> CountNamedAsync(string name)
    {
        var page = await api.Reader().GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?q={Uri.EscapeDataString(name)}");
        return page.GetProperty("items").GetArrayLength();
    }

    [Fact]
    public async Task A_retry_after_a_lost_response_gets_the_first_response_and_creates_nothing_more()
    {
        var name = CollaborationApi.UniqueName("Idempotent");
        var key = Guid.NewGuid().ToString();

        // The client sends, the API creates, and the response never reaches the client (a timeout, say).
        var lost = await PostAsync(writer, CollaborationApi.Path, NewCollaboration(name), key);
        Assert.Equal(HttpStatusCode.Created, lost.StatusCode);
        var lostBody = await lost.Content.ReadAsStringAsync();

        // So it sends the very same request again, with the same key.
        var retried = await PostAsync(writer, CollaborationApi.Path, NewCollaboration(name), key);

        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(lost.Headers.Location, retried.Headers.Location);
        Assert.Equal(lost.Headers.ETag, retried.Headers.ETag);
        Assert.Equal("application/json", retried.Content.Headers.ContentType?.MediaType);
        Assert.Equal(lostBody, await retried.Content.ReadAsStringAsync());
        Assert.Equal("true", retried.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.False(lost.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await CountNamedAsync(name));
    }

    [Fact]
    public async Task The_same_key_with_a_different_request_is_refused_with_422()
    {
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(writer, CollaborationApi.Path, NewCollaboration(CollaborationApi.UniqueName()), key)).StatusCode);

        var other = CollaborationApi.UniqueName("Ander");
        var response = await PostAsync(writer, CollaborationApi.Path, NewCollaboration(other), key, language: "nl");

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, KeyReused);
        Assert.Contains("Idempotency-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("ander verzoek", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountNamedAsync(other));
    }

    [Fact]
    public async Task The_same_key_on_another_path_is_a_different_request()
    {
        var key = Guid.NewGuid().ToString();
        var created = await PostAsync(writer, CollaborationApi.Path, NewCollaboration(CollaborationApi.UniqueName()), key);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var response = await PostAsync(writer, EvaluationApi.FrameworksPath, new { name = "x" }, key);

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, KeyReused);
    }

    [Fact]
    public async Task A_key_belongs_to_the_client_that_chose_it()
    {
        var key = Guid.NewGuid().ToString();
        var name = CollaborationApi.UniqueName("Eigen sleutel");
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(writer, CollaborationApi.Path, NewCollaboration(name), key)).StatusCode);

        var someoneElse = api.CreateClient();
        someoneElse.DefaultRequestHeaders.Authorization = new("Bearer",
            TestTokens.Create([TestTokens.ReadScope, TestTokens.WriteScope, TestTokens.AdminScope], subject: "another-user"));
        var response = await PostAsync(someoneElse, CollaborationApi.Path, NewCollaboration(CollaborationApi.UniqueName("Ander")), key);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(response.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task While_the_first_request_is_still_processed_a_repeat_gets_409_with_retry_after()
    {
        var key = Guid.NewGuid().ToString();
        var name = CollaborationApi.UniqueName("Onderweg");
        var body = NewCollaboration(name);
        // Another instance took the key for this very request a moment ago and has not finished: a claim without a response.
        var hashOfThisRequest = HashOf(CollaborationApi.Path, body);
        await ExecuteAsync("""
            INSERT INTO idempotency_records (subject, key, request_hash, claimed_at, expires_at)
            VALUES ('test-user', @key, @hash, now(), now() + interval '1 hour')
            """, ("key", key), ("hash", hashOfThisRequest));

        var response = await PostAsync(writer, CollaborationApi.Path, body, key);

        await response.AssertProblemAsync(HttpStatusCode.Conflict, InFlight);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(0, await CountNamedAsync(name));
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_create_one_collaboration()
    {
        var key = Guid.NewGuid().ToString();
        var name = CollaborationApi.UniqueName("Gelijktijdig");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAsync(writer, CollaborationApi.Path, NewCollaboration(name), key)));

        var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        Assert.NotEmpty(created);
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Single(created.Select(r => r.Headers.Location).Distinct());
        Assert.Single(created, r => !r.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await CountNamedAsync(name));
    }

    [Fact]
    public async Task A_refused_create_does_not_use_up_the_key()
    {
        var key = Guid.NewGuid().ToString();
        var name = CollaborationApi.UniqueName("Tweede poging");
        var invalid = NewCollaboration(name);
        invalid["participants"] = Array.Empty<object>();
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(writer, CollaborationApi.Path, invalid, key)).StatusCode);

        var corrected = await PostAsync(writer, CollaborationApi.Path, NewCollaboration(name), key);

        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
    }

    [Fact]
    public async Task An_unusable_key_is_a_400_naming_the_header()
    {
        var response = await PostAsync(writer, CollaborationApi.Path, NewCollaboration(CollaborationApi.UniqueName()), new string('k', 256));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("Idempotency-Key"));
    }

    [Fact]
    public async Task The_contract_documents_the_header_and_its_problems_on_every_create()
    {
        var document = await api.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/openapi.json");
        var creates = document.GetProperty("paths").EnumerateObject()
            .Where(path => path.Value.TryGetProperty("post", out var post) && post.GetProperty("responses").TryGetProperty("201", out _))
            .Select(path => path.Value.GetProperty("post"))
            .ToList();

        Assert.True(creates.Count >= 8);
        Assert.All(creates, post =>
        {
            Assert.Contains(post.GetProperty("parameters").EnumerateArray(),
                p => p.GetProperty("name").GetString() == "Idempotency-Key" && p.GetProperty("in").GetString() == "header");
            Assert.True(post.GetProperty("responses").TryGetProperty("409", out _));
            Assert.True(post.GetProperty("responses").TryGetProperty("422", out _));
        });
    }

    [Fact]
    public async Task An_expired_key_is_free_again_and_expired_records_are_cleaned_up()
    {
        var key = Guid.NewGuid().ToString();
        var stale = Guid.NewGuid().ToString();
        await ExecuteAsync("""
            INSERT INTO idempotency_records (subject, key, request_hash, claimed_at, expires_at, status_code, body)
            VALUES ('test-user', @key, '\x00', now() - interval '2 days', now() - interval '1 day', 201, '\x7b7d'),
                   ('someone-else', @stale, '\x00', now() - interval '2 days', now() - interval '1 day', 201, '\x7b7d')
            """, ("key", key), ("stale", stale));

        var name = CollaborationApi.UniqueName("Verlopen sleutel");
        var response = await PostAsync(writer, CollaborationApi.Path, NewCollaboration(name), key);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(response.Headers.Contains("Idempotent-Replayed"));

        await using (var scope = api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().RemoveExpiredAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM idempotency_records WHERE key = @key", ("key", stale)));
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM idempotency_records WHERE key = @key", ("key", key)));
    }

    // The request hash as the API defines it: SHA-256 over "METHOD path?query\n" and the body bytes.
    private static byte[] HashOf(string path, object body) =>
        System.Security.Cryptography.SHA256.HashData([.. System.Text.Encoding.UTF8.GetBytes($"POST {path}\n"), .. Serialized(body)]);

    private static byte[] Serialized(object body) => JsonSerializer.SerializeToUtf8Bytes(body, JsonSerializerOptions.Web);

    private async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (parameterName, value) in parameters)
        {
            command.Parameters.AddWithValue(parameterName, value);
        }

        return await command.ExecuteScalarAsync();
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (parameterName, value) in parameters)
        {
            command.Parameters.AddWithValue(parameterName, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
