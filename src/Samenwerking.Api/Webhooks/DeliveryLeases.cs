using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.Webhooks;

/// <summary>
/// Which subscriptions this instance is delivering to, so no two dispatchers (threads here, or other instances)
/// send a subscription's next event at the same time. Across instances a lease is a PostgreSQL session advisory
/// lock, taken with <c>pg_try_advisory_lock</c> (skip when taken, like <c>SKIP LOCKED</c>) on one connection of the
/// dispatcher's own, outside the pool: however many receivers are slow, the leases hold one database session and no
/// pooled connection, and no transaction stays open during a delivery (a running transaction id would hold back the
/// change feed). Within the instance a set keeps leases exclusive, because a session may take its own lock again.
/// If that session ends, PostgreSQL frees its locks, as it does when the instance stops.
/// </summary>
public sealed class DeliveryLeases(IServiceScopeFactory scopes) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, byte> held = new();
    private readonly SemaphoreSlim gate = new(1, 1);
    private NpgsqlConnection? connection;

    /// <summary>True when this caller now holds the subscription's lease; false when someone else does.</summary>
    public async Task<bool> TryTakeAsync(Guid subscriptionId, CancellationToken cancellationToken)
    {
        if (!held.TryAdd(subscriptionId, 0))
        {
            return false;
        }

        try
        {
            if (await LockAsync("SELECT pg_try_advisory_lock(hashtextextended($1, 0))", subscriptionId, cancellationToken))
            {
                return true;
            }
        }
        catch
        {
            held.TryRemove(subscriptionId, out _);
            throw;
        }

        held.TryRemove(subscriptionId, out _);
        return false;
    }

    public async Task ReleaseAsync(Guid subscriptionId)
    {
        try
        {
            await LockAsync("SELECT pg_advisory_unlock(hashtextextended($1, 0))", subscriptionId, CancellationToken.None);
        }
        finally
        {
            held.TryRemove(subscriptionId, out _);
        }
    }

    private async Task<bool> LockAsync(string sql, Guid subscriptionId, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var session = await SessionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(sql, session) { Parameters = { new NpgsqlParameter<string> { TypedValue = subscriptionId.ToString() } } };
            try
            {
                return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
            }
            catch (NpgsqlException)
            {
                // A broken session has lost its locks anyway; the next call opens a new one.
                await session.DisposeAsync();
                connection = null;
                throw;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<NpgsqlConnection> SessionAsync(CancellationToken cancellationToken)
    {
        if (connection is { State: System.Data.ConnectionState.Open })
        {
            return connection;
        }

        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        await using var scope = scopes.CreateAsyncScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>().Database.GetConnectionString()
            ?? throw new InvalidOperationException("The database context has no connection string to take delivery leases with.");
        var opened = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await opened.OpenAsync(cancellationToken);
        }
        catch
        {
            await opened.DisposeAsync();
            throw;
        }

        connection = opened;
        return opened;
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        gate.Dispose();
    }
}
