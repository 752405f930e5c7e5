namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>
/// A database of a test's own on the test server, for tests that must start from nothing (start-up) or run
/// an API of their own (<see cref="SeparateApi"/>) with services of their choosing. Dropped again when disposed.
/// </summary>
public sealed class FreshDatabase : IAsyncDisposable
{
    private readonly TestDatabaseServer server;
    private readonly string name;

    private FreshDatabase(TestDatabaseServer server, string name)
    {
        this.server = server;
        this.name = name;
        ConnectionString = server.ConnectionStringFor(name);
    }

    public string ConnectionString { get; }

    /// <summary>An empty database: no schema, no reference data.</summary>
    public static async Task<FreshDatabase> CreateAsync(TestDatabaseServer server) =>
        new(server, await server.CreateEmptyAsync("samenwerking_fresh"));

    /// <inheritdoc cref="CreateAsync(TestDatabaseServer)"/>
    public static Task<FreshDatabase> CreateAsync(ApiFactory api) => CreateAsync(api.DatabaseServer);

    /// <summary>A database migrated and loaded with reference data, as a deployed API finds it.</summary>
    public static async Task<FreshDatabase> MigratedAsync(TestDatabaseServer server) =>
        new(server, await server.CopyTemplateAsync("samenwerking_fresh"));

    public async ValueTask DisposeAsync() => await server.DropAsync(name);
}
