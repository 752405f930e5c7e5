using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.Tests.Collaborations;

/// <summary>
/// The total of a list filtered on phase, legal kind and legal instrument alone (or not at all) is the sum of counts the
/// database keeps (migration CollaborationCounts). On a database of its own, so every total is known exactly.
/// </summary>
public sealed class CollaborationCountTests(ApiFactory shared)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Filtered_totals_follow_creates_changes_of_phase_and_legal_form_deletes_and_folds()
    {
        await using var database = await FreshDatabase.MigratedAsync(shared.DatabaseServer);
        await using var api = new SeparateApi(database.ConnectionString);
        var writer = api.Writer();

        async Task<(int Total, int Items)> TotalAsync(string filter)
        {
            var body = await writer.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?pageSize=100{filter}", Cancellation);
            return (body.GetProperty("page").GetProperty("totalItems").GetInt32(), body.GetProperty("items").GetArrayLength());
        }

        var first = await writer.CreateAsync();
        await writer.CreateAsync();
        var deleted = await writer.CreateAsync();
        Assert.Equal((3, 3), await TotalAsync(""));
        Assert.Equal((3, 3), await TotalAsync("&phase=verkenning"));
        Assert.Equal((0, 0), await TotalAsync("&phase=implementatie"));

        // Through the API a collaboration reaches implementatie only past every exit rule; the counts follow the
        // columns, whoever writes them.
        await using (var scope = api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>().Database.ExecuteSqlAsync($"""
                UPDATE collaborations SET phase = 'Implementatie', legal_kind = 'Publiekrechtelijk', legal_instrument = 'OpenbaarLichaam'
                WHERE id = {first.Id}
                """, Cancellation);
        }

        Assert.Equal((1, 1), await TotalAsync("&phase=implementatie&legalInstrument=openbaarLichaam"));
        Assert.Equal((1, 1), await TotalAsync("&legalKind=publiekrechtelijk"));
        Assert.Equal((2, 2), await TotalAsync("&phase=verkenning"));

        Assert.Equal(HttpStatusCode.NoContent, (await writer.SendWithIfMatchAsync(HttpMethod.Delete, deleted.Url, deleted.ETag)).StatusCode);
        Assert.Equal((2, 2), await TotalAsync(""));
        Assert.Equal((1, 1), await TotalAsync("&phase=verkenning"));

        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>();
            // The API's own folding may hold the turn: then this fold skips it, so try again once that one had time to
            // commit (it folds these rows too), for up to ten seconds on a loaded machine.
            for (var attempt = 0; attempt < 100 && await db.CollaborationCounts.CountAsync(Cancellation) > 2; attempt++)
            {
                if (await scope.ServiceProvider.GetRequiredService<CountFolder>().FoldAsync(Cancellation) == 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100), Cancellation);
                }
            }

            Assert.Equal(2, await db.CollaborationCounts.CountAsync(Cancellation));
        }

        Assert.Equal((2, 2), await TotalAsync(""));
        Assert.Equal((1, 1), await TotalAsync("&phase=implementatie&legalInstrument=openbaarLichaam"));
        Assert.Equal((1, 1), await TotalAsync("&phase=verkenning"));
    }

    [Fact]
    public async Task In_any_snapshot_the_counts_add_up_to_the_collaborations()
    {
        await shared.Writer().CreateAsync();

        await using var scope = shared.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>();
        // One statement, one snapshot: other tests write meanwhile, but their counts commit with their collaborations.
        var mismatches = await db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value"
            FROM (SELECT phase, legal_kind, legal_instrument, sum(collaborations) AS collaborations
                  FROM collaboration_counts GROUP BY phase, legal_kind, legal_instrument) AS counted
            FULL JOIN (SELECT phase, legal_kind, legal_instrument, count(*) AS collaborations
                       FROM collaborations GROUP BY phase, legal_kind, legal_instrument) AS actual
                ON counted.phase = actual.phase
               AND counted.legal_kind IS NOT DISTINCT FROM actual.legal_kind
               AND counted.legal_instrument IS NOT DISTINCT FROM actual.legal_instrument
            WHERE coalesce(counted.collaborations, 0) <> coalesce(actual.collaborations, 0)
            """).SingleAsync(Cancellation);

        Assert.Equal(0, mismatches);
    }
}
