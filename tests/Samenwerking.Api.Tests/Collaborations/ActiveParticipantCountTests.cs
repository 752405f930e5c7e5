namespace Samenwerking.Api.Tests.Collaborations;

/// <summary>A list shows how many municipalities take part now: the count the collaboration keeps as they join and leave.</summary>
public sealed class ActiveParticipantCountTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task Joining_and_removal_show_in_the_list()
    {
        var created = await writer.CreateAsync();
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0597"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync($"{created.Url}/participants/GM0613")).StatusCode);

        Assert.Equal(2, await ListedCountAsync(created, "verkenning"));
    }

    [Fact]
    public async Task A_withdrawn_municipality_is_no_longer_counted()
    {
        var created = await writer.RegisterAsync("implementatie", null);
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0597"))).StatusCode);
        var withdrawn = await writer.PostAsJsonAsync($"{created.Url}/participants/GM0613/withdrawal", new { leftOn = "2021-01-01", reason = "Zelfstandig verder." });
        Assert.True(withdrawn.IsSuccessStatusCode, await withdrawn.Content.ReadAsStringAsync());

        Assert.Equal(2, await ListedCountAsync(created, "implementatie"));
    }

    /// <summary>The count as the search alone shows it and as a filtered list does: the two build their pages apart.</summary>
    private async Task<int> ListedCountAsync(CollaborationApi.Created created, string phase)
    {
        var name = Uri.EscapeDataString(created.Body.GetProperty("name").GetString()!);
        var searched = Assert.Single((await writer.GetItemsAsync($"{CollaborationApi.Path}?q={name}")).EnumerateArray());
        var filtered = Assert.Single((await writer.GetItemsAsync($"{CollaborationApi.Path}?q={name}&phase={phase}")).EnumerateArray());
        Assert.Equal(searched.GetProperty("activeParticipantCount").GetInt32(), filtered.GetProperty("activeParticipantCount").GetInt32());
        return searched.GetProperty("activeParticipantCount").GetInt32();
    }
}
