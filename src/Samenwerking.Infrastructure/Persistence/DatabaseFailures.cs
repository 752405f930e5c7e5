using Npgsql;

namespace Samenwerking.Infrastructure.Persistence;

/// <summary>
/// Tells failures of the database itself (unreachable, restarting, out of connections) from failures of a
/// request. Only the former are worth a retry or a 503; the latter stay what they are.
/// </summary>
public static class DatabaseFailures
{
    /// <summary>True when the exception, or one it wraps (EF wraps provider errors), says the database was not there.</summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException postgres)
            {
                return IsUnavailableState(postgres.SqlState);
            }

            // Without a server answer: connection refused or reset, or a timeout while connecting or reading.
            if (current is NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }

    // 08: connection exception; 53: insufficient resources (too many connections, disk full);
    // 57P01–57P05: the server is shutting down, crashed or is not yet accepting connections.
    private static bool IsUnavailableState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState.StartsWith("53", StringComparison.Ordinal)
        || sqlState.StartsWith("57P", StringComparison.Ordinal);
}
