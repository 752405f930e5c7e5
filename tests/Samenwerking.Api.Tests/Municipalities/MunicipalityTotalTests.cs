using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.Tests.Municipalities;

/// <summary>
/// A municipality's total counts its participations: it follows every join, removal, withdrawal and delete. Diemen and
/// Edam-Volendam take part in no other test.
/// </summary>
public sealed class MunicipalityTotalTests(ApiFactory api)
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
        // through the API a withdrawal needs a collaboration past verkenning; the total follows the column, not the API.
        await using (var scope = api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>().Database.ExecuteSqlAsync(
                $"UPDATE participants SET left_on = DATE '2025-06-30' WHERE collaboration_id = {kept.Id} AND municipality_code = {Diemen}",
                Cancellation);
        }

        Assert.Equal((before.Active, before.All + 1, before.Listed), await TotalsAsync(Diemen));
    }
}
