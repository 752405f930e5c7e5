using Npgsql;

namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>
/// An empty database of its own on the test server, for tests that must start from nothing (start-up) or
/// would disturb the shared test database. Dropped again when disposed.
/// </summary>
public sealed class FreshDatabase : IAsyncDisposable
{
    private readonly string serverConnection;
    private readonly string name = $"samenwerking_fresh_{Guid.NewGuid():N}";

    private FreshDatabase(string serverConnection)
    {
        this.serverConnection = serverConnection;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnection) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<FreshDatabase> CreateAsync(ApiFactory api)
    {
        var database = new FreshDatabase(api.ServerConnectionString);
        await database.ExecuteOnServerAsync($"CREATE DATABASE {database.name}");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(serverConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
