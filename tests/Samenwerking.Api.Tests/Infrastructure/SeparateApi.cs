using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>
/// Another instance of the API, configured like <see cref="ApiFactory"/> but against the database a test
/// names, with settings and services of the test's choosing: for start-up races and outages that must not
/// touch the shared test database.
/// </summary>
public sealed class SeparateApi(string connectionString, IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? configureServices = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Samenwerking", connectionString);
        builder.UseSetting("Authentication:Issuer", ApiFactory.Issuer);
        builder.UseSetting("Authentication:Audience", ApiFactory.Audience);
        builder.UseSetting("Authentication:SigningKey", ApiFactory.SigningKey);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Critical");
        builder.UseSetting("Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks", "Critical");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }

    protected override IHost CreateHost(IHostBuilder builder) => HostStoppedByItsApplication.Start(builder, base.CreateHost);

    public HttpClient Reader()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create([TestTokens.ReadScope]));
        return client;
    }

    /// <summary>An administrator, like <see cref="ApiFactory.Writer"/>: these tests are about the platform, not about who may write.</summary>
    public HttpClient Writer()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create([TestTokens.ReadScope, TestTokens.WriteScope, TestTokens.AdminScope]));
        return client;
    }
}
