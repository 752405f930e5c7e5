using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Samenwerking.Api.Tests.Infrastructure;
using Samenwerking.Api.Authentication;
using Testcontainers.PostgreSql;

[assembly: AssemblyFixture(typeof(RegisterHost))]

namespace Samenwerking.Register.BrowserTests.Infrastructure;

/// <summary>
/// The API on a real Kestrel (a browser cannot reach the in-memory test server) on a database of its own, filled like the
/// demo: the demo register imported and the demo evaluations seeded, plus a role holder with name and e-mail on every
/// collaboration, so a page that leaked personal data would show them. Also a second server for pages of another origin.
/// </summary>
public sealed class RegisterHost : IAsyncLifetime
{
    public const string ServerVariable = "SAMENWERKING_TEST_POSTGRES";
    private const string Issuer = "samenwerking-browser-tests";
    private const string Audience = "samenwerking-api";
    private const string SigningKey = "browser-test-signing-key-for-tests-only-0123456789";

    private readonly string database = $"samenwerking_browser_{Guid.NewGuid():N}";
    private PostgreSqlContainer? container;
    private string serverConnection = "";
    private ApiOnKestrel? api;

    /// <summary>Where the API answers, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri ApiAddress { get; private set; } = null!;

    public OriginServer Origins { get; } = new();

    /// <summary>An administrator's token (read, write, admin), for setting up data and for the CORS test.</summary>
    public string AdminToken { get; private set; } = "";

    /// <summary>The personal values stored on the seeded collaborations: no public page or file may show one.</summary>
    public IReadOnlyList<string> PersonalValues { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        serverConnection = Environment.GetEnvironmentVariable(ServerVariable) ?? "";
        if (string.IsNullOrWhiteSpace(serverConnection))
        {
            container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync();
            serverConnection = container.GetConnectionString();
        }

        await ExecuteAsync(serverConnection, $"CREATE DATABASE \"{database}\"");
        await Origins.StartAsync();
        api = new ApiOnKestrel(new NpgsqlConnectionStringBuilder(serverConnection) { Database = database }.ConnectionString, Origins.AllowedOrigin);
        api.UseKestrel(0);
        api.StartServer();
        var bound = new Uri(api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        ApiAddress = new Uri($"http://127.0.0.1:{bound.Port}");
        AdminToken = DevelopmentToken.Create(api.Services.GetRequiredService<AuthenticationSettings>(), TimeSpan.FromHours(2));
        PersonalValues = await DemoRegister.SeedAsync(Client(AdminToken));
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = ApiAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (api is not null)
        {
            await api.DisposeAsync();
        }

        await Origins.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(serverConnection, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        if (container is not null)
        {
            await container.DisposeAsync();
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The API as the demo runs it, but on a test database, with a test signing key and one allowed origin.</summary>
    private sealed class ApiOnKestrel(string connectionString, string allowedOrigin) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            // A port of its own: Kestrel's default (5000) may be taken by another test run on this machine.
            builder.UseUrls("http://127.0.0.1:0");
            builder.UseSetting("ConnectionStrings:Samenwerking", connectionString);
            builder.UseSetting("Authentication:Issuer", Issuer);
            builder.UseSetting("Authentication:Audience", Audience);
            builder.UseSetting("Authentication:SigningKey", SigningKey);
            builder.UseSetting("Database:MigrateOnStartup", "true");
            builder.UseSetting("DemoData:Enabled", "true");
            builder.UseSetting("Cors:AllowedOrigins:0", allowedOrigin);
            // The pages are requested far faster than a person would; the limit has tests of its own.
            builder.UseSetting("RateLimiting:Enabled", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Critical");
        }

        protected override IHost CreateHost(IHostBuilder builder) => HostStoppedByItsApplication.Start(builder, base.CreateHost);
    }
}
