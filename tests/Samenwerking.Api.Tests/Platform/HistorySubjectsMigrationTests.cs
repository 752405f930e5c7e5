using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.Tests.Platform;

/// <summary>
/// The migration that keeps the order participants were added and what history entries are about, run over rows that
/// were written before it: it is reverted on a database of its own and applied again.
/// </summary>
public sealed class HistorySubjectsMigrationTests(ApiFactory api)
{
    private const string Migration = "ParticipantOrderAndHistorySubjects";

    [Fact]
    public async Task Rows_written_before_it_get_their_order_and_the_subjects_that_can_be_traced()
    {
        await using var database = await FreshDatabase.CreateAsync(api);
        await using var instance = new SeparateApi(database.ConnectionString);
        var writer = instance.Writer();
        var created = await writer.CreateAsync(participants: [CollaborationApi.Participant("GM0613", "2020-01-01")]);
        foreach (var code in new[] { "GM0489", "GM0599" })
        {
            Assert.Equal(HttpStatusCode.Created,
                (await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant(code, "2020-01-01"))).StatusCode);
        }

        var decision = await (await writer.DecideAsync(created.Id, "GM0613", "raad", "zienswijze")).Content.ReadFromJsonAsync<JsonElement>();
        var role = await (await writer.PostAsJsonAsync($"{created.Url}/roles",
            new { kind = "projectleider", personName = "Jan Jansen", organisation = "Gemeente Albrandswaard" })).Content.ReadFromJsonAsync<JsonElement>();

        await RevertAndReapplyAsync(instance);

        var participants = await writer.GetItemsAsync($"{created.Url}/participants");
        Assert.Equal(["GM0613", "GM0489", "GM0599"], participants.EnumerateArray().Select(p => p.GetProperty("municipalityCode").GetString()));
        var history = (await writer.GetItemsAsync($"{created.Url}/history?pageSize=100")).EnumerateArray().ToList();
        var decided = Assert.Single(history, e => e.GetProperty("kind").GetString() == "decisionRecorded");
        Assert.Equal(decision.GetProperty("id").GetGuid(), decided.GetProperty("decisionId").GetGuid());
        Assert.Equal("GM0613", decided.GetProperty("municipalityCode").GetString());
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync(decided.GetProperty("href").GetString())).StatusCode);
        var assigned = Assert.Single(history, e => e.GetProperty("kind").GetString() == "roleAssigned");
        Assert.Equal(role.GetProperty("id").GetGuid(), assigned.GetProperty("roleId").GetGuid());
        Assert.Equal(["GM0599", "GM0489"], history.Where(e => e.GetProperty("kind").GetString() == "participantJoined")
            .Select(e => e.GetProperty("municipalityCode").GetString()));
        var start = Assert.Single(history, e => e.GetProperty("kind").GetString() == "created");
        Assert.Equal(JsonValueKind.Null, start.GetProperty("municipalityCode").ValueKind);
    }

    private static async Task RevertAndReapplyAsync(SeparateApi instance)
    {
        using var scope = instance.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>();
        var migrations = context.Database.GetMigrations().ToList();
        var index = migrations.FindIndex(m => m.EndsWith("_" + Migration, StringComparison.Ordinal));
        Assert.True(index > 0, $"{Migration} is not among the migrations.");
        var migrator = context.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[index - 1]);
        await migrator.MigrateAsync();
    }
}
