using System.Net.Http.Headers;

namespace Samenwerking.Api.Tests.Collaborations;

/// <summary>
/// A municipality's list is sorted on a copy of each collaboration's name that its participant rows carry (kept by the
/// database, migration ListsAtScale). The copy must follow a rename, and a participant that joins later must get it.
/// </summary>
public sealed class MunicipalityListOrderTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    // Veendam: no other test uses it; the assertions look only at this test's own collaborations anyway.
    private const string Veendam = "GM0047";

    [Fact]
    public async Task A_renamed_collaboration_moves_to_its_new_place_in_the_municipalitys_list()
    {
        var prefix = $"Volgorde {Guid.NewGuid():N}"[..22];
        var second = await writer.CreateAsync(name: $"{prefix} b", participants: [CollaborationApi.Participant(Veendam)]);
        var renamed = await writer.CreateAsync(name: $"{prefix} c", participants: [CollaborationApi.Participant(Veendam)]);

        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/collaborations/{renamed.Id}")
        {
            Content = new StringContent($$"""{"name":"{{prefix}} a"}"""),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/merge-patch+json");
        request.Headers.TryAddWithoutValidation("If-Match", renamed.ETag);
        Assert.Equal(HttpStatusCode.OK, (await writer.SendAsync(request)).StatusCode);

        Assert.Equal([renamed.Id, second.Id], await OwnCollaborationsInListOrderAsync(prefix));
    }

    [Fact]
    public async Task A_municipality_that_joins_later_finds_the_collaboration_in_name_order()
    {
        var prefix = $"Volgorde {Guid.NewGuid():N}"[..22];
        var joinedLater = await writer.CreateAsync(name: $"{prefix} a", participants: [CollaborationApi.Participant("GM0489")]);
        var first = await writer.CreateAsync(name: $"{prefix} b", participants: [CollaborationApi.Participant(Veendam)]);

        var join = await writer.PostAsJsonAsync($"{CollaborationApi.Path}/{joinedLater.Id}/participants", CollaborationApi.Participant(Veendam));
        Assert.Equal(HttpStatusCode.Created, join.StatusCode);

        Assert.Equal([joinedLater.Id, first.Id], await OwnCollaborationsInListOrderAsync(prefix));
    }

    private async Task<List<Guid>> OwnCollaborationsInListOrderAsync(string prefix)
    {
        var own = new List<Guid>();
        string? next = null;
        do
        {
            var page = await writer.GetFromJsonAsync<JsonElement>(
                $"/api/v1/municipalities/{Veendam}/collaborations?pageSize=100" + (next is null ? "" : $"&after={Uri.EscapeDataString(next)}"));
            own.AddRange(page.GetProperty("items").EnumerateArray()
                .Where(item => item.GetProperty("name").GetString()!.StartsWith(prefix, StringComparison.Ordinal))
                .Select(item => item.GetProperty("collaborationId").GetGuid()));
            next = page.GetProperty("page").TryGetProperty("next", out var value) ? value.GetString() : null;
        }
        while (next is not null);

        return own;
    }
}
