using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.Tests.Collaborations;

/// <summary>
/// The total of a filtered list follows creates, changes of phase and legal form, and deletes, whoever writes them. On
/// a database of its own, so every total is known exactly.
/// </summary>
public sealed class FilteredTotalTests(ApiFactory shared)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Filtered_totals_follow_creates_changes_of_phase_and_legal_form_and_deletes()
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

        // Through the API a collaboration reaches implementatie only past every exit rule; the totals follow the columns.
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
        // A page past the end has no row to carry the total; it is counted on its own.
        Assert.Equal((2, 0), await TotalAsync("&page=2"));
    }
}
