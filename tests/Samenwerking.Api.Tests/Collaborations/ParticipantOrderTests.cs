using Samenwerking.Api.Tests.Register;

namespace Samenwerking.Api.Tests.Collaborations;

/// <summary>Participants in the order of joining: by date, then in the order they were added (never by code).</summary>
public sealed class ParticipantOrderTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task Same_day_joins_keep_the_order_they_were_added_in_every_place_that_lists_participants()
    {
        // Added in an order that is neither alphabetical nor by code; Ridderkerk joined earlier, so it comes first.
        var created = await writer.CreateAsync(participants:
            [CollaborationApi.Participant("GM0613", "2020-01-01"), CollaborationApi.Participant("GM0489", "2020-01-01")]);
        foreach (var (code, joinedOn) in new[] { ("GM0599", "2020-01-01"), ("GM0363", "2020-01-01"), ("GM0597", "2019-06-01") })
        {
            var joined = await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant(code, joinedOn));
            Assert.Equal(HttpStatusCode.Created, joined.StatusCode);
        }

        string[] expected = ["GM0597", "GM0613", "GM0489", "GM0599", "GM0363"];
        Assert.Equal(expected, Codes((await writer.GetCollaborationAsync(created.Id)).Body.GetProperty("participants")));
        Assert.Equal(expected, Codes(await writer.GetItemsAsync($"{created.Url}/participants")));
        var csv = await writer.ExportTextAsync("/api/v1/municipalities/GM0597/collaborations");
        var row = Assert.Single(RegisterCsv.Rows(csv), r => r["id"] == created.Id.ToString());
        Assert.Equal(string.Join(';', expected), row["deelnemers"]);
    }

    [Fact]
    public async Task Participants_sent_together_keep_the_order_they_were_sent_in()
    {
        var created = await writer.CreateAsync(participants:
        [
            CollaborationApi.Participant("GM0613", "2020-01-01"), CollaborationApi.Participant("GM0599", "2020-01-01"),
            CollaborationApi.Participant("GM0489", "2020-01-01"),
        ]);

        Assert.Equal(["GM0613", "GM0599", "GM0489"], Codes(created.Body.GetProperty("participants")));
        Assert.Equal(["GM0613", "GM0599", "GM0489"], Codes(await writer.GetItemsAsync($"{created.Url}/participants")));
    }

    [Fact]
    public async Task Concurrent_joins_never_both_take_the_same_place_and_none_is_lost_silently()
    {
        var created = await writer.CreateAsync();

        var responses = await Task.WhenAll(
            writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0599")),
            writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0363")));

        // The collaboration's version lets one of two racing additions save; the other is told to retry (412).
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.PreconditionFailed }));
        var joined = new[] { "GM0599", "GM0363" }.Where((_, i) => responses[i].StatusCode == HttpStatusCode.Created).ToList();
        Assert.NotEmpty(joined);
        var codes = Codes(await writer.GetItemsAsync($"{created.Url}/participants"));
        Assert.Equal(["GM0489", "GM0613"], codes[..2]);
        Assert.Equal(joined.Order(), codes[2..].Order());
    }

    private static string[] Codes(JsonElement participants) =>
        [.. participants.EnumerateArray().Select(p => p.GetProperty("municipalityCode").GetString()!)];
}
