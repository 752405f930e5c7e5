using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.Tests.Municipalities;

/// <summary>
/// A municipality's total comes from counts the database keeps beside the participations (migration
/// MunicipalityParticipationCounts): they must follow every join, removal, withdrawal and delete, and folding them
/// must never change one. Diemen and Edam-Volendam take part in no other test.
/// </summary>
public sealed class ParticipationCountTests(ApiFactory api)
{
    private const string Diemen = "GM0384";
    private const string EdamVolendam = "GM0385";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly HttpClient writer = api.Writer();

    private async Task<(int Active, int All, int Listed)> TotalsAsync(string code)
    {
        async Task<JsonElement> ListAsync(string query) =>
            await writer.GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/{code}/collaborations?pageSize=100{query}", Cancellation);

        var active = await ListAsync("");
        var all = await ListAsync("&includeFormer=true");
        return (active.GetProperty("page").GetProperty("totalItems").GetInt32(), all.GetProperty("page").GetProperty("totalItems").GetInt32(),
            active.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task The_total_follows_joins_removals_withdrawals_and_deletes()
    {
        var before = await TotalsAsync(Diemen);

        var kept = await writer.CreateAsync(participants: [CollaborationApi.Participant(Diemen), CollaborationApi.Participant(EdamVolendam)]);
        var removedFrom = await writer.CreateAsync(participants: [CollaborationApi.Participant(Diemen), CollaborationApi.Participant(EdamVolendam)]);
        var deleted = await writer.CreateAsync(participants: [CollaborationApi.Participant(EdamVolendam), CollaborationApi.Participant(Diemen)]);
        Assert.Equal((before.Active + 3, before.All + 3, before.Listed + 3), await TotalsAsync(Diemen));

        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync($"{removedFrom.Url}/participants/{Diemen}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await writer.SendWithIfMatchAsync(HttpMethod.Delete, deleted.Url, deleted.ETag)).StatusCode);
        Assert.Equal((before.Active + 1, before.All + 1, before.Listed + 1), await TotalsAsync(Diemen));

        // A withdrawal sets the date it left on: still a participation, no longer an active one. Set in SQL, because
        // through the API a withdrawal needs a collaboration past verkenning; the counts follow the column, not the API.
        await using (var scope = api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>().Database.ExecuteSqlAsync(
                $"UPDATE participants SET left_on = DATE '2025-06-30' WHERE collaboration_id = {kept.Id} AND municipality_code = {Diemen}",
                Cancellation);
        }

        Assert.Equal((before.Active, before.All + 1, before.Listed), await TotalsAsync(Diemen));
    }

    [Fact]
    public async Task Folding_keeps_every_total_and_leaves_one_row_per_municipality()
    {
        await writer.CreateAsync(participants: [CollaborationApi.Participant(EdamVolendam)]);
        await writer.CreateAsync(participants: [CollaborationApi.Participant(EdamVolendam), CollaborationApi.Participant(Diemen)]);
        var before = await TotalsAsync(EdamVolendam);

        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>();
        // A fold may already be running in the background service: then this one skips its turn, so try again once
        // that one had time to commit (it folds these rows too), for up to ten seconds on a loaded machine.
        for (var attempt = 0; attempt < 100 && await RowsOfAsync(db, EdamVolendam) > 1; attempt++)
        {
            if (await scope.ServiceProvider.GetRequiredService<CountFolder>().FoldAsync(Cancellation) == 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), Cancellation);
            }
        }

        Assert.Equal(1, await RowsOfAsync(db, EdamVolendam));
        Assert.Equal(before, await TotalsAsync(EdamVolendam));
    }

    [Fact]
    public async Task In_any_snapshot_every_municipalitys_counts_add_up_to_its_participations()
    {
        await writer.CreateAsync(participants: [CollaborationApi.Participant(Diemen), CollaborationApi.Participant(EdamVolendam)]);

        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>();
        // One statement, one snapshot: other tests write meanwhile, but their counts commit with their participations.
        var mismatches = await db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value"
            FROM (SELECT municipality_code, sum(active) AS active, sum(participations) AS participations
                  FROM municipality_participation_counts GROUP BY municipality_code) AS counted
            FULL JOIN (SELECT municipality_code, count(*) FILTER (WHERE left_on IS NULL) AS active, count(*) AS participations
                       FROM participants GROUP BY municipality_code) AS actual USING (municipality_code)
            WHERE coalesce(counted.active, 0) <> coalesce(actual.active, 0)
               OR coalesce(counted.participations, 0) <> coalesce(actual.participations, 0)
            """).SingleAsync(Cancellation);

        Assert.Equal(0, mismatches);
    }

    private static Task<int> RowsOfAsync(SamenwerkingDbContext db, string code) =>
        db.ParticipationCounts.CountAsync(c => c.MunicipalityCode == code, Cancellation);
}
