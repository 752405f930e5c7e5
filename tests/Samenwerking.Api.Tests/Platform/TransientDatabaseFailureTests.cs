using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.Tests.Platform;

/// <summary>A read that meets a lost connection is tried again inside the API; a write never is.</summary>
public sealed class TransientDatabaseFailureTests(TestDatabaseServer server) : IAsyncLifetime
{
    private FreshDatabase database = null!;
    private SeparateApi api = null!;

    public async ValueTask InitializeAsync()
    {
        database = await FreshDatabase.MigratedAsync(server);
        api = new SeparateApi(database.ConnectionString, configureServices: services =>
        {
            services.AddSingleton<DatabaseFailureInjector>();
            services.ConfigureDbContext<SamenwerkingDbContext>((provider, options) =>
                options.AddInterceptors(provider.GetRequiredService<DatabaseFailureInjector>()));
        });
        _ = api.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await api.DisposeAsync();
        await database.DisposeAsync();
    }

    private DatabaseFailureInjector Injector => api.Services.GetRequiredService<DatabaseFailureInjector>();

    private static HttpRequestMessage Failing(HttpMethod method, string path, int commands, string key, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add(DatabaseFailureInjector.Header, commands.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(DatabaseFailureInjector.KeyHeader, key);
        return request;
    }

    [Fact]
    public async Task A_read_whose_connection_breaks_twice_is_answered_after_retries()
    {
        var created = await api.Writer().CreateAsync();
        var key = Guid.NewGuid().ToString();

        // A read through EF, where the injector reaches its commands (get by id reads over plain Npgsql).
        using var request = Failing(HttpMethod.Get, $"{created.Url}/participants", 2, key);
        var response = await api.Reader().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, Injector.FailuresFor(key));
    }

    [Fact]
    public async Task A_read_whose_database_stays_away_ends_in_503_after_a_few_attempts()
    {
        var key = Guid.NewGuid().ToString();

        using var request = Failing(HttpMethod.Get, CollaborationApi.Path, 100, key);
        var response = await api.Reader().SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "urn:samenwerking:problem:service-unavailable");
        Assert.Equal(4, Injector.FailuresFor(key));
    }

    [Fact]
    public async Task A_write_whose_connection_breaks_is_not_retried_but_answered_503()
    {
        var name = CollaborationApi.UniqueName("Niet herhaald");
        var key = Guid.NewGuid().ToString();

        using var request = Failing(HttpMethod.Post, CollaborationApi.Path, 1, key, new
        {
            name,
            participants = new[] { CollaborationApi.Participant("GM0489"), CollaborationApi.Participant("GM0613") },
        });
        var response = await api.Writer().SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "urn:samenwerking:problem:service-unavailable");
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(1, Injector.FailuresFor(key));
        await using var scope = api.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>().Collaborations
            .AnyAsync(c => c.Name == name, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_failure_that_is_no_outage_stays_a_500_whose_trace_id_is_the_request_trace()
    {
        var traceId = System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Get, CollaborationApi.Path);
        request.Headers.Add(DatabaseFailureInjector.Header, DatabaseFailureInjector.Bug);
        request.Headers.Add("traceparent", $"00-{traceId}-{System.Diagnostics.ActivitySpanId.CreateRandom().ToHexString()}-01");

        var response = await api.Reader().SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.InternalServerError, "urn:samenwerking:problem:internal-error");
        Assert.Equal(traceId, problem.GetProperty("traceId").GetString());
        Assert.DoesNotContain("secret", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Retry-After"));
    }
}
