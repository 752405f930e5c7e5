using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server of a test's own, from the server binaries on the machine (build/lib/postgres.sh
/// installs them), which the test can stop and start again: outages are tested without touching the
/// shared test server. As root the server runs as the `postgres` user, because PostgreSQL refuses root.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string bin;
    private readonly string dataDirectory;
    private readonly int port;

    private ThrowawayPostgres(string bin, string dataDirectory, int port)
    {
        this.bin = bin;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Timeout=3";

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException(
            "No PostgreSQL server binaries (initdb, pg_ctl) found: install Debian's 'postgresql' package (build/test.sh does as root).");
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"samenwerking-outage-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDirectory);
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", "postgres", dataDirectory);
        }

        var server = new ThrowawayPostgres(bin, dataDirectory, FreePort());
        await server.AsOwnerAsync("initdb", "-D", dataDirectory, "-U", "postgres", "--auth=trust", "--encoding=UTF8",
            "--locale=C.UTF-8", "--no-sync");
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Stops the server the way an operator or a crashed host would take it away: connections are cut.</summary>
    public Task StopAsync() => AsOwnerAsync("pg_ctl", "-D", dataDirectory, "-m", "immediate", "-w", "stop");

    public Task StartAgainAsync() => AsOwnerAsync("pg_ctl", "-D", dataDirectory, "-l", Path.Combine(dataDirectory, "server.log"),
        "-w", "-t", "60", "-o", $"-p {port} -k {dataDirectory} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    public async Task CreateDatabaseAsync(string name)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(dataDirectory, recursive: true);
    }

    private Task AsOwnerAsync(string tool, params string[] arguments) => Environment.IsPrivilegedProcess
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(bin, tool), .. arguments])
        : RunAsync(Path.Combine(bin, tool), arguments);

    private static async Task RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    private static string? FindBinaries() =>
        (Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [])
            .Select(version => Path.Combine(version, "bin"))
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault(directory => File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl")));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
