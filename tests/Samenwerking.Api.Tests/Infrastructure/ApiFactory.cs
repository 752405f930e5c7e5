using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>
/// The API in-process against a real PostgreSQL, one per test class: each class gets a database of its own,
/// copied from the migrated template of <see cref="TestDatabaseServer"/>, and a host on it, both gone when
/// the class is done. <see cref="ApiPerTestClass"/> hands it to every test class whose constructor asks for it.
/// </summary>
public sealed class ApiFactory(TestDatabaseServer server) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ServerVariable = TestDatabaseServer.ServerVariable;
    public const string Issuer = "samenwerking-tests";
    public const string Audience = "samenwerking-api";
    public const string SigningKey = "test-signing-key-for-integration-tests-only-0123456789";
    public const string AllowedOrigin = "https://frontend.example";

    private string? databaseName;

    public string ConnectionString { get; private set; } = "";

    /// <summary>The server the test database lives on, for tests that need a database of their own.</summary>
    public string ServerConnectionString => server.ServerConnectionString;

    /// <summary>The server, for tests that need a database of their own (<see cref="FreshDatabase"/>).</summary>
    public TestDatabaseServer DatabaseServer => server;

    public async ValueTask InitializeAsync()
    {
        databaseName = await server.CopyTemplateAsync("samenwerking_tests");
        ConnectionString = server.ConnectionStringFor(databaseName);
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Samenwerking", ConnectionString);
        builder.UseSetting("Authentication:Issuer", Issuer);
        builder.UseSetting("Authentication:Audience", Audience);
        builder.UseSetting("Authentication:SigningKey", SigningKey);
        // The copied template is migrated and holds the reference data already: start-up has nothing to do.
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Cors:AllowedOrigins:0", AllowedOrigin);
        // One client sends every test request; RateLimitingTests turns the limiter on in a host of its own.
        builder.UseSetting("RateLimiting:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Webhook receivers in the tests listen on http://127.0.0.1 and should not wait long.
        builder.UseSetting("Webhooks:AllowLoopbackCallbacks", "true");
        builder.UseSetting("Webhooks:PollInterval", "00:00:00.200");
        builder.UseSetting("Webhooks:FirstRetryDelay", "00:00:00.300");
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<SqlCommandCounter>();
            services.ConfigureDbContext<SamenwerkingDbContext>((provider, options) =>
                options.AddInterceptors(provider.GetRequiredService<SqlCommandCounter>()));
        });
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Error");
    }

    protected override IHost CreateHost(IHostBuilder builder) => HostStoppedByItsApplication.Start(builder, base.CreateHost);

    /// <summary>A client whose token carries the given scopes (none: an anonymous client).</summary>
    public HttpClient ClientWith(params string[] scopes)
    {
        var client = CreateClient();
        if (scopes.Length > 0)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(scopes));
        }

        return client;
    }

    public SqlCommandCounter SqlCommands => Services.GetRequiredService<SqlCommandCounter>();

    public HttpClient Reader() => ClientWith(TestTokens.ReadScope);

    /// <summary>
    /// An administrator (read, write and admin): may change every collaboration. Tests about what a change does
    /// use it; tests about who may make a change use <see cref="MunicipalUser"/>.
    /// </summary>
    public HttpClient Writer() => ClientWith(TestTokens.ReadScope, TestTokens.WriteScope, TestTokens.AdminScope);

    /// <summary>A municipal user "Jan de Vries" (read and write) acting for the given municipalities.</summary>
    public HttpClient MunicipalUser(string municipalityCode, params string[] moreMunicipalityCodes) =>
        ClientWithToken(TestTokens.Create([TestTokens.ReadScope, TestTokens.WriteScope], subject: $"user-{municipalityCode}",
            name: "Jan de Vries", municipalityClaims: [string.Join(' ', [municipalityCode, .. moreMunicipalityCodes])]));

    /// <summary>A client sending <paramref name="token"/> as its bearer token.</summary>
    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (databaseName is not null)
        {
            await server.DropAsync(databaseName);
        }
    }
}
