namespace Samenwerking.Api.Tests.Collaborations;

/// <summary>
/// Lists by name follow the folded name's code points, whatever the database's own collation: the test databases are
/// Dutch (<see cref="TestDatabaseServer"/>), where "(" would sort after "-".
/// </summary>
public sealed class NameOrderTests(ApiFactory api)
{
    private const string Ridderkerk = "GM0597";
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task Every_list_by_name_follows_the_code_points_of_the_folded_name()
    {
        string[] inCodePointOrder = ["Ordetest (oost)", "Ordetest - west", "Ordetest 1", "Ordetest:zuid"];
        foreach (var name in inCodePointOrder.Reverse())
        {
            await writer.CreateAsync(name, [CollaborationApi.Participant("GM0489"), CollaborationApi.Participant(Ridderkerk)]);
        }

        Assert.Equal(inCodePointOrder, await NamesAsync($"{CollaborationApi.Path}?q=ordetest"));
        Assert.Equal(inCodePointOrder, await NamesAsync($"{CollaborationApi.Path}?q=ordetest&phase=verkenning"));
        Assert.Equal(inCodePointOrder.Reverse(), await NamesAsync($"{CollaborationApi.Path}?q=ordetest&sort=-name"));
        Assert.Equal(inCodePointOrder, await NamesAsync($"/api/v1/municipalities/{Ridderkerk}/collaborations"));
    }

    [Fact]
    public async Task A_cursor_walks_the_same_order()
    {
        string[] inCodePointOrder = ["Cursortest (a)", "Cursortest - b", "Cursortest 3"];
        foreach (var name in inCodePointOrder.Reverse())
        {
            await writer.CreateAsync(name);
        }

        var walked = new List<string>();
        string? next = null;
        do
        {
            var page = await writer.GetFromJsonAsync<JsonElement>(
                $"{CollaborationApi.Path}?q=cursortest&phase=verkenning&pageSize=1" + (next is null ? "" : $"&after={Uri.EscapeDataString(next)}"));
            walked.AddRange(page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("name").GetString()!));
            next = page.GetProperty("page").TryGetProperty("next", out var cursor) && cursor.ValueKind == JsonValueKind.String ? cursor.GetString() : null;
        }
        while (next is not null);

        Assert.Equal(inCodePointOrder, walked);
    }

    private async Task<string[]> NamesAsync(string url) =>
        [.. (await writer.GetItemsAsync(url)).EnumerateArray().Select(item => item.GetProperty("name").GetString()!)];
}
