using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Samenwerking.Infrastructure;
using Samenwerking.Infrastructure.Persistence;
using Testcontainers.PostgreSql;

[assembly: AssemblyFixture(typeof(Samenwerking.Api.Tests.Infrastructure.TestDatabaseServer))]

namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server of a test run, named by <see cref="ServerVariable"/> (what build/test.sh provides
/// without Docker) or else a Testcontainer, holding one database migrated and loaded with reference data once.
/// Every test class copies that template (<c>CREATE DATABASE … TEMPLATE</c>, a file copy on the server) into
/// a database of its own, so no class sees another's rows and the order of classes never matters.
/// Without a server the tests fail loudly; they never skip for want of a database.
/// </summary>
public sealed class TestDatabaseServer : IAsyncLifetime
{
    public const string ServerVariable = "SAMENWERKING_TEST_POSTGRES";

    // Object in use: PostgreSQL refuses to copy a template while another session is connected to it.
    private const string ObjectInUse = "55006";

    private readonly string templateName = $"samenwerking_template_{Guid.NewGuid():N}";
    private readonly SemaphoreSlim copying = new(1, 1);
    private PostgreSqlContainer? container;
    private string? serverConnection;

    /// <summary>The server, connected to its maintenance database: for tests that need a database of their own.</summary>
    public string ServerConnectionString => serverConnection ?? throw new InvalidOperationException("The server has not started yet.");

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        serverConnection = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(serverConnection))
        {
            try
            {
                container = new PostgreSqlBuilder("postgres:15-alpine").Build();
                await container.StartAsync();
                serverConnection = container.GetConnectionString();
            }
            catch (Exception exception)
            {
                throw new InvalidOperationException(
                    $"No PostgreSQL for the integration tests: set {ServerVariable} to a server connection string " +
                    "(build/test.sh does this), or run where a Docker engine answers for Testcontainers.", exception);
            }
        }

        // Dutch, as a municipality's own database would likely be: whatever order the API promises must hold there too,
        // not only in the C.UTF-8 of a bare server, whose order is the code points' anyway.
        await ExecuteAsync($"CREATE DATABASE {templateName} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'nl-NL'");
        var template = ConnectionStringFor(templateName);
        // What the API runs at start-up (migrations, then reference data), run once here instead of once per class.
        await using (var services = new ServiceCollection().AddLogging().AddInfrastructure(template).BuildServiceProvider())
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
            // The pool of the connection string the infrastructure really used (it adds options of its own): its idle
            // connections to the template would make every copy wait until they time out.
            var used = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>().Database.GetDbConnection();
            NpgsqlConnection.ClearPool((NpgsqlConnection)used);
        }

        NpgsqlConnection.ClearPool(new NpgsqlConnection(template));
    }

    /// <summary>A new database holding the migrated schema and the reference data; drop it with <see cref="DropAsync"/>.</summary>
    public async Task<string> CopyTemplateAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        // PostgreSQL refuses a copy while a session is connected to the template (the migration's last connections may
        // still be closing): copies go one at a time and are tried again briefly.
        await copying.WaitAsync();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {templateName}");
                    return name;
                }
                catch (PostgresException exception) when (exception.SqlState == ObjectInUse && attempt < 20)
                {
                    await Task.Delay(100 * attempt);
                }
            }
        }
        finally
        {
            copying.Release();
        }
    }

    /// <summary>An empty database, for tests that must start from nothing; drop it with <see cref="DropAsync"/>.</summary>
    public async Task<string> CreateEmptyAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE {name}");
        return name;
    }

    public async Task DropAsync(string name)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionStringFor(name)));
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    public async ValueTask DisposeAsync()
    {
        if (serverConnection is not null && container is null)
        {
            await DropAsync(templateName);
        }

        if (container is not null)
        {
            await container.DisposeAsync();
        }

        copying.Dispose();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
