using System.Net.Http.Headers;
using System.Net.Sockets;
using Npgsql;
using Samenwerking.Api.Tests.Register;

namespace Samenwerking.Api.Tests.Platform;

/// <summary>
/// With <c>ConnectionStrings:SamenwerkingReadOnly</c> set, lists, search, a municipality's register, the CSV export and
/// the change feed read from it; reads by id and every command stay on the primary. The "replica" here is a second
/// database holding different data, so every answer shows which database it came from.
/// </summary>
public sealed class ReadReplicaTests(ReadReplicaTests.Databases databases, ApiFactory shared)
    : IClassFixture<ReadReplicaTests.Databases>, IAsyncLifetime
{
    private const string Municipality = "GM0489";

    private HttpClient reader = null!;

    public async ValueTask InitializeAsync()
    {
        await databases.SetUpOnceAsync(shared);
        reader = databases.Api.Reader();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_list_and_its_search_answer_from_the_replica()
    {
        var list = await ListedIdsAsync(CollaborationApi.Path);
        Assert.Contains(databases.OnReplica.Id, list);
        Assert.DoesNotContain(databases.OnPrimary.Id, list);

        Assert.Equal([databases.OnReplica.Id], await ListedIdsAsync($"{CollaborationApi.Path}?q={Uri.EscapeDataString(databases.ReplicaName)}"));
        Assert.Empty(await ListedIdsAsync($"{CollaborationApi.Path}?q={Uri.EscapeDataString(databases.PrimaryName)}"));
    }

    [Fact]
    public async Task A_municipalitys_register_answers_from_the_replica()
    {
        var register = await ListedIdsAsync($"/api/v1/municipalities/{Municipality}/collaborations", "collaborationId");

        Assert.Equal([databases.OnReplica.Id], register);
    }

    [Fact]
    public async Task The_csv_exports_answer_from_the_replica()
    {
        foreach (var path in new[] { CollaborationApi.Path, $"/api/v1/municipalities/{Municipality}/collaborations" })
        {
            var rows = RegisterCsv.Rows(await reader.ExportTextAsync(path));

            Assert.Equal([databases.OnReplica.Id.ToString()], rows.Select(row => row["id"]));
        }
    }

    [Fact]
    public async Task The_change_feed_answers_from_the_replica()
    {
        var (aboutReplica, _) = await reader.ReadEventsAsync($"subject={databases.OnReplica.Id}");
        var (aboutPrimary, _) = await reader.ReadEventsAsync($"subject={databases.OnPrimary.Id}");

        Assert.NotEmpty(aboutReplica);
        Assert.Empty(aboutPrimary);
        // The primary has the event; the feed just does not read it there.
        Assert.True(await databases.PrimaryHasEventsAboutAsync(databases.OnPrimary.Id));
    }

    [Fact]
    public async Task Reads_by_id_answer_from_the_primary_so_a_client_reads_its_own_writes()
    {
        var (created, _) = await reader.GetCollaborationAsync(databases.OnPrimary.Id);
        Assert.Equal(databases.PrimaryName, created.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"{CollaborationApi.Path}/{databases.OnPrimary.Id}/participants")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"{CollaborationApi.Path}/{databases.OnReplica.Id}")).StatusCode);
    }

    [Fact]
    public async Task Commands_read_and_write_the_primary()
    {
        var writer = databases.Api.Writer();
        var created = await writer.CreateAsync(name: CollaborationApi.UniqueName("Schrijven op primary"), participants: [CollaborationApi.Participant("GM0613")]);
        var newName = CollaborationApi.UniqueName("Hernoemd op primary");

        var renamed = await writer.SendAsync(Rename(created.Id, created.ETag, newName));
        var renamedOnReplicaOnly = await writer.SendAsync(Rename(databases.OnReplica.Id, databases.OnReplica.ETag, CollaborationApi.UniqueName("Nergens")));

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var (after, etag) = await reader.GetCollaborationAsync(created.Id);
        Assert.Equal(newName, after.GetProperty("name").GetString());
        Assert.Equal(renamed.Headers.ETag?.Tag, etag);
        Assert.Equal(HttpStatusCode.NotFound, renamedOnReplicaOnly.StatusCode);
    }

    [Fact]
    public async Task Readiness_reports_the_replica_beside_the_primary()
    {
        var ready = await databases.Api.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var checks = (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
        Assert.Equal("healthy", checks.GetProperty("replica").GetProperty("status").GetString());
        Assert.Equal("healthy", checks.GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Without_a_replica_readiness_reports_only_the_primary()
    {
        var ready = await shared.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);

        var checks = (await ready.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("checks");
        Assert.True(checks.TryGetProperty("database", out _));
        Assert.False(checks.TryGetProperty("replica", out _));
    }

    [Fact]
    public async Task An_unreachable_replica_makes_the_api_unready_and_its_lists_503_while_reads_by_id_still_answer()
    {
        await using var api = new SeparateApi(databases.PrimaryConnectionString,
            new Dictionary<string, string> { ["ConnectionStrings:SamenwerkingReadOnly"] = NobodyListening() });

        var ready = await api.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var list = await api.Reader().GetAsync(CollaborationApi.Path, TestContext.Current.CancellationToken);
        var byId = await api.Reader().GetAsync($"{CollaborationApi.Path}/{databases.OnPrimary.Id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var checks = (await ready.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("checks");
        Assert.Equal("unhealthy", checks.GetProperty("replica").GetProperty("status").GetString());
        Assert.Equal("healthy", checks.GetProperty("database").GetProperty("status").GetString());
        await list.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "urn:samenwerking:problem:service-unavailable");
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
    }

    private async Task<List<Guid>> ListedIdsAsync(string path, string idProperty = "id")
    {
        var page = await reader.GetFromJsonAsync<JsonElement>(path);
        return [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty(idProperty).GetGuid())];
    }

    private static HttpRequestMessage Rename(Guid id, string etag, string name)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"{CollaborationApi.Path}/{id}")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { name })),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/merge-patch+json");
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }

    /// <summary>A PostgreSQL connection string to a local port that was free a moment ago: connecting is refused.</summary>
    private static string NobodyListening()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=samenwerking;Timeout=2";
    }

    /// <summary>
    /// Two databases of their own, made once for the class on the test server: the "replica" gets one collaboration
    /// through an API of its own first; then the API under test starts on the (empty) primary with the replica
    /// configured, and gets another collaboration.
    /// </summary>
    public sealed class Databases : IAsyncDisposable
    {
        private readonly SemaphoreSlim once = new(1, 1);
        private FreshDatabase? primary;
        private FreshDatabase? replica;

        public SeparateApi Api { get; private set; } = null!;

        public string PrimaryConnectionString => primary!.ConnectionString;

        public string ReplicaName { get; } = CollaborationApi.UniqueName("Alleen op de replica");

        public string PrimaryName { get; } = CollaborationApi.UniqueName("Alleen op de primary");

        public CollaborationApi.Created OnReplica { get; private set; } = null!;

        public CollaborationApi.Created OnPrimary { get; private set; } = null!;

        /// <summary>Made on first use, on the server of the test's <see cref="ApiFactory"/>.</summary>
        public async Task SetUpOnceAsync(ApiFactory server)
        {
            await once.WaitAsync();
            try
            {
                if (primary is not null)
                {
                    return;
                }

                replica = await FreshDatabase.CreateAsync(server);
                await using (var replicaWriter = new SeparateApi(replica.ConnectionString))
                {
                    OnReplica = await replicaWriter.Writer().CreateAsync(name: ReplicaName, participants: [CollaborationApi.Participant(Municipality)]);
                }

                primary = await FreshDatabase.CreateAsync(server);
                Api = new SeparateApi(primary.ConnectionString,
                    new Dictionary<string, string> { ["ConnectionStrings:SamenwerkingReadOnly"] = replica.ConnectionString });
                OnPrimary = await Api.Writer().CreateAsync(name: PrimaryName, participants: [CollaborationApi.Participant(Municipality)]);
            }
            finally
            {
                once.Release();
            }
        }

        public async Task<bool> PrimaryHasEventsAboutAsync(Guid subject)
        {
            await using var connection = new NpgsqlConnection(PrimaryConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM change_events WHERE subject = @subject", connection);
            command.Parameters.AddWithValue("subject", subject);
            return (long)(await command.ExecuteScalarAsync())! > 0;
        }

        public async ValueTask DisposeAsync()
        {
            if (Api is not null)
            {
                await Api.DisposeAsync();
            }

            foreach (var database in new[] { primary, replica })
            {
                if (database is not null)
                {
                    await database.DisposeAsync();
                }
            }

            once.Dispose();
        }
    }
}
