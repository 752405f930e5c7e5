using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Infrastructure.DemoData;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.Tests.Platform;

/// <summary>
/// Several instances share one database: starting together they migrate, load reference data and add demo
/// data exactly once, and demo seeding survives requests that change the rows it writes meanwhile.
/// </summary>
public sealed class SharedStartupTests(TestDatabaseServer server)
{
    private static readonly Dictionary<string, string> WithDemoData = new() { [DemoDataSeeder.EnabledSetting] = "true" };

    [Fact]
    public async Task Two_instances_starting_together_on_an_empty_database_both_start_and_seed_once()
    {
        await using var database = await FreshDatabase.CreateAsync(server);
        await using var first = new SeparateApi(database.ConnectionString, WithDemoData);
        await using var second = new SeparateApi(database.ConnectionString, WithDemoData);

        // Starting a factory's server runs the whole start-up (migrations, reference data, demo data).
        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        foreach (var instance in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.OK, (await instance.CreateClient().GetAsync("/health/ready")).StatusCode);
            var page = await instance.Reader().GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?q=voorbeeldsamenwerking");
            Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        }

        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>();
        Assert.Equal(2, await db.EvaluationFrameworks.CountAsync(TestContext.Current.CancellationToken));
        Assert.True(await db.Municipalities.CountAsync(TestContext.Current.CancellationToken) > 300);
    }

    [Fact]
    public async Task Demo_data_is_added_although_a_request_marked_its_framework_in_use_while_it_was_seeding()
    {
        await using var database = await FreshDatabase.CreateAsync(server);
        var concurrentFirstUse = new FirstEvaluationElsewhere(database.ConnectionString);
        await using var instance = new SeparateApi(database.ConnectionString, configureServices: services =>
            services.ConfigureDbContext<SamenwerkingDbContext>(options => options.AddInterceptors(concurrentFirstUse)));
        _ = instance.Server;

        await using (var scope = instance.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(TestContext.Current.CancellationToken);
        }

        Assert.True(concurrentFirstUse.Happened);
        var page = await instance.Reader().GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?q=voorbeeldsamenwerking");
        var example = Assert.Single(page.GetProperty("items").Items());
        var evaluations = await instance.Reader().GetItemsAsync(
            $"{CollaborationApi.Path}/{example.GetProperty("id").GetGuid()}/evaluations");
        Assert.Equal(4, evaluations.GetArrayLength());
    }

    /// <summary>
    /// Just before the demo collaboration is saved, does what a first evaluation with the default framework
    /// in another request does to the framework row: mark it in use, which gives the row a new version.
    /// </summary>
    private sealed class FirstEvaluationElsewhere(string connectionString) : SaveChangesInterceptor
    {
        public bool Happened { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var savesDemo = eventData.Context!.ChangeTracker.Entries<Collaboration>()
                .Any(e => e.State == EntityState.Added && e.Entity.Name == ExampleEvaluationsDemoData.Name);
            if (savesDemo && !Happened)
            {
                Happened = true;
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand(
                    $"UPDATE evaluation_frameworks SET in_use = true WHERE id = '{EvaluationApi.DefaultFrameworkId}'", connection);
                Assert.Equal(1, await command.ExecuteNonQueryAsync(cancellationToken));
            }

            return await base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
