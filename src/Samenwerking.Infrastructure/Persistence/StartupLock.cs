using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Samenwerking.Infrastructure.Persistence;

/// <summary>
/// A PostgreSQL session advisory lock that start-up work (migrations, reference data, demo data) holds, so
/// several instances starting against one database take turns instead of racing to create the same tables
/// and rows. It lives on a connection of its own: the work itself may use and return pooled connections
/// while the lock stays held. Advisory locks are scoped to the database, so other databases on the same
/// server (other test runs, other environments) never wait for it.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    // Any fixed number, the same in every instance; the digits spell nothing but must never change.
    private const long Key = 7_253_661_042_337_001;

    private readonly NpgsqlConnection connection;

    private StartupLock(NpgsqlConnection connection) => this.connection = connection;

    /// <summary>Waits until no other instance holds the lock, then holds it until disposed.</summary>
    public static async Task<StartupLock> AcquireAsync(DbContext db, CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The database context has no connection string to take the start-up lock with.");
        // Outside the pool: disposing it must end the session, so the lock cannot outlive a failed unlock on a pooled
        // connection (the API's connections are not reset when they go back to the pool).
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, "SELECT pg_advisory_lock($1)", cancellationToken);
            return new StartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ExecuteAsync(connection, "SELECT pg_advisory_unlock($1)", CancellationToken.None);
        }
        finally
        {
            // Closing the session releases the lock too, should the unlock itself have failed.
            await connection.DisposeAsync();
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new NpgsqlParameter<long> { TypedValue = Key } } };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
