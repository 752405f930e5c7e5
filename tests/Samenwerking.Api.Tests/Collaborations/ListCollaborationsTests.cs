namespace Samenwerking.Api.Tests.Collaborations;

public sealed class ListCollaborationsTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private async Task<JsonElement> ListAsync(string query) =>
        await writer.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?{query}");

    private static string[] Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray();

    [Fact]
    public async Task Filters_combine_and_search_ignores_case_and_accents()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var fusie = await writer.CreateAsync($"Filter {tag} fusie", extra: DimensionSets.AmbtelijkeFusie());
        await writer.CreateAsync($"Filter {tag} stichting", [CollaborationApi.Participant("GM0505")], new
        {
            taskTypes = new[] { "uitvoering" },
            legalForm = new { kind = "privaatrechtelijk", instrument = "stichting" },
            initiative = "verplicht",
        });

        Assert.Equal([$"Filter {tag} fusie"], Names(await ListAsync($"q=FÍLTER {tag}&isAmbtelijkeFusie=true")));
        Assert.Equal([$"Filter {tag} stichting"], Names(await ListAsync($"q={tag}&isAmbtelijkeFusie=false")));
        Assert.Equal([$"Filter {tag} stichting"], Names(await ListAsync($"q={tag}&legalKind=privaatrechtelijk")));
        Assert.Equal([$"Filter {tag} fusie"], Names(await ListAsync($"q={tag}&legalInstrument=bedrijfsvoeringsorganisatie")));
        Assert.Equal([$"Filter {tag} stichting"], Names(await ListAsync($"q={tag}&taskType=uitvoering")));
        Assert.Equal([$"Filter {tag} stichting"], Names(await ListAsync($"q={tag}&initiative=verplicht")));
        Assert.Equal([$"Filter {tag} stichting"], Names(await ListAsync($"q={tag}&municipality=GM0505")));
        Assert.Equal(2, Names(await ListAsync($"q={tag}&phase=verkenning")).Length);
        Assert.Empty(Names(await ListAsync($"q={tag}&phase=implementatie")));
        // The derived flag the filter selects on is the one the list and the collaboration itself show.
        var flags = (await ListAsync($"q={tag}")).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("name").GetString()!, i => i.GetProperty("isAmbtelijkeFusie").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { [$"Filter {tag} fusie"] = true, [$"Filter {tag} stichting"] = false }, flags);
        Assert.True((await writer.GetFromJsonAsync<JsonElement>(fusie.Url)).GetProperty("isAmbtelijkeFusie").GetBoolean());
    }

    [Fact]
    public async Task Sorts_and_pages_with_metadata()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        foreach (var letter in new[] { "C", "A", "B" })
        {
            await writer.CreateAsync($"Sort {tag} {letter}");
        }

        var firstPage = await ListAsync($"q={tag}&sort=-name&pageSize=2&page=1");
        var secondPage = await ListAsync($"q={tag}&sort=-name&pageSize=2&page=2");

        Assert.Equal([$"Sort {tag} C", $"Sort {tag} B"], Names(firstPage));
        Assert.Equal([$"Sort {tag} A"], Names(secondPage));
        var paging = firstPage.GetProperty("page");
        Assert.Equal(3, paging.GetProperty("totalItems").GetInt32());
        Assert.Equal(2, paging.GetProperty("totalPages").GetInt32());
        Assert.Equal(2, paging.GetProperty("pageSize").GetInt32());
        Assert.Equal([$"Sort {tag} A", $"Sort {tag} B", $"Sort {tag} C"], Names(await ListAsync($"q={tag}&sort=createdAt")) is var byCreation
            ? [.. byCreation.Order()] : byCreation);
        Assert.Equal($"Sort {tag} C", Names(await ListAsync($"q={tag}&sort=createdAt"))[0]);
    }

    [Fact]
    public async Task Unknown_filter_values_are_400_naming_the_allowed_values()
    {
        var badPhase = await writer.GetAsync($"{CollaborationApi.Path}?phase=afgerond");
        var badSort = await writer.GetAsync($"{CollaborationApi.Path}?sort=popularity");
        var tooBig = await writer.GetAsync($"{CollaborationApi.Path}?pageSize=101");

        var phaseProblem = await badPhase.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("doorontwikkeling", phaseProblem.ErrorsFor("phase").Single(), StringComparison.Ordinal);
        var sortProblem = await badSort.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("-updatedAt", sortProblem.ErrorsFor("sort").Single(), StringComparison.Ordinal);
        var sizeProblem = await tooBig.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(sizeProblem.ErrorsFor("pageSize"));
    }

    [Fact]
    public async Task A_list_request_sends_the_same_number_of_sql_commands_whatever_the_page_size()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 6; i++)
        {
            await writer.CreateAsync($"Count {tag} {i}");
        }

        async Task<int> CommandsFor(int pageSize)
        {
            var key = Guid.NewGuid().ToString();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{CollaborationApi.Path}?q={tag}&pageSize={pageSize}");
            request.Headers.Add(SqlCommandCounter.Header, key);
            Assert.Equal(HttpStatusCode.OK, (await writer.SendAsync(request)).StatusCode);
            return api.SqlCommands.CountFor(key);
        }

        var small = await CommandsFor(1);
        var large = await CommandsFor(6);

        Assert.Equal(small, large);
        Assert.Equal(1, large);
    }

    [Fact]
    public async Task Every_page_carries_the_whole_lists_total_from_its_own_statement()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 6; i++)
        {
            await writer.CreateAsync($"Total {tag} {i}");
        }

        async Task<(int Commands, int Total, int Items, string? Next)> PageAsync(string paging)
        {
            var key = Guid.NewGuid().ToString();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{CollaborationApi.Path}?q={tag}&{paging}");
            request.Headers.Add(SqlCommandCounter.Header, key);
            using var response = await writer.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var page = body.GetProperty("page");
            return (api.SqlCommands.CountFor(key), page.GetProperty("totalItems").GetInt32(), body.GetProperty("items").GetArrayLength(),
                page.TryGetProperty("next", out var next) ? next.GetString() : null);
        }

        async Task<(int Commands, int Total, int Items)> CountsAsync(string paging)
        {
            var (commands, total, items, _) = await PageAsync(paging);
            return (commands, total, items);
        }

        var first = await PageAsync("pageSize=4");
        Assert.Equal((1, 6, 4), (first.Commands, first.Total, first.Items));
        Assert.Equal((1, 6, 6), await CountsAsync("pageSize=10"));
        Assert.Equal((1, 6, 2), await CountsAsync("pageSize=4&page=2"));
        // After a cursor the statement finds only the rows past it; the total is still the whole list's.
        Assert.Equal((1, 6, 2), await CountsAsync($"pageSize=4&after={first.Next}"));
        // A page past the end has no row to carry the total, so it is counted apart.
        Assert.Equal((2, 6, 0), await CountsAsync("pageSize=4&page=3"));
    }
}
