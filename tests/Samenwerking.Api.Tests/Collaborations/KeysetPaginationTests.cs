namespace Samenwerking.Api.Tests.Collaborations;

/// <summary>
/// Clients that walk a whole list pass each page's <c>page.next</c> as <c>after</c>. Rows inserted meanwhile,
/// before or after the point reached, must neither repeat an item nor skip one that was there from the start;
/// with page numbers, an insertion before the point reached shifts the next page by one and repeats an item.
/// </summary>
public sealed class KeysetPaginationTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Theory]
    [InlineData("name")]
    [InlineData("-name")]
    [InlineData("createdAt")]
    [InlineData("-updatedAt")]
    public async Task Walking_the_collaborations_with_after_visits_every_item_once_while_rows_are_inserted(string sort)
    {
        var prefix = $"Keyset {Guid.NewGuid():N}"[..20];
        var existing = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            existing.Add((await writer.CreateAsync(name: $"{prefix} m{i}")).Id);
        }

        var visited = await WalkAsync($"/api/v1/collaborations?q={Uri.EscapeDataString(prefix)}&sort={sort}&pageSize=2", "id",
            async step =>
            {
                // One that sorts before everything (by name) and one after: both land on either side of the point reached.
                await writer.CreateAsync(name: $"{prefix} a{step}");
                await writer.CreateAsync(name: $"{prefix} z{step}");
            });

        Assert.Equal(visited.Count, visited.Distinct().Count());
        Assert.All(existing, id => Assert.Single(visited, id));
    }

    [Fact]
    public async Task Walking_a_municipalitys_collaborations_with_after_visits_every_item_once_while_rows_are_inserted()
    {
        // Harlingen: no other test uses it, but the check holds even if one did.
        const string harlingen = "GM0072";
        var prefix = $"Keyset {Guid.NewGuid():N}"[..20];
        var existing = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            existing.Add((await writer.CreateAsync(name: $"{prefix} m{i}", participants: [CollaborationApi.Participant(harlingen)])).Id);
        }

        var visited = await WalkAsync($"/api/v1/municipalities/{harlingen}/collaborations?pageSize=2", "collaborationId",
            async step =>
            {
                await writer.CreateAsync(name: $"{prefix} a{step}", participants: [CollaborationApi.Participant(harlingen)]);
                await writer.CreateAsync(name: $"{prefix} z{step}", participants: [CollaborationApi.Participant(harlingen)]);
            });

        Assert.Equal(visited.Count, visited.Distinct().Count());
        Assert.All(existing, id => Assert.Single(visited, id));
    }

    [Fact]
    public async Task The_total_is_the_whole_lists_and_the_last_page_has_no_next()
    {
        var prefix = $"Keyset {Guid.NewGuid():N}"[..20];
        for (var i = 0; i < 3; i++)
        {
            await writer.CreateAsync(name: $"{prefix} {i}");
        }

        var first = await writer.GetFromJsonAsync<JsonElement>($"/api/v1/collaborations?q={Uri.EscapeDataString(prefix)}&pageSize=2");
        var next = first.GetProperty("page").GetProperty("next").GetString();
        var last = await writer.GetFromJsonAsync<JsonElement>(
            $"/api/v1/collaborations?q={Uri.EscapeDataString(prefix)}&pageSize=2&after={Uri.EscapeDataString(next!)}");

        Assert.Equal(3, last.GetProperty("page").GetProperty("totalItems").GetInt32());
        Assert.Single(last.GetProperty("items").EnumerateArray());
        Assert.False(last.GetProperty("page").TryGetProperty("next", out var absent) && absent.ValueKind != JsonValueKind.Null);
    }

    [Theory]
    [InlineData("/api/v1/collaborations?after=not-a-cursor")]
    [InlineData("/api/v1/collaborations?after=bmFtZQ")] // a cursor without a key
    [InlineData("/api/v1/collaborations?after=bmFtZQBhAG5vLWd1aWQ")] // a key that is no id
    [InlineData("/api/v1/municipalities/GM0072/collaborations?after=not-a-cursor")]
    public async Task A_bad_cursor_is_a_400_naming_after(string path)
    {
        var response = await writer.GetAsync(path);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("after"));
    }

    [Fact]
    public async Task A_cursor_of_another_sort_order_or_beside_a_page_number_is_refused_in_dutch_too()
    {
        await writer.CreateAsync();
        await writer.CreateAsync();
        var page = await writer.GetFromJsonAsync<JsonElement>("/api/v1/collaborations?pageSize=1&sort=name");
        var cursor = Uri.EscapeDataString(page.GetProperty("page").GetProperty("next").GetString()!);

        var otherSort = await writer.GetAsync($"/api/v1/collaborations?pageSize=1&sort=createdAt&after={cursor}");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/collaborations?pageSize=1&page=2&after={cursor}");
        request.Headers.AcceptLanguage.ParseAdd("nl");
        var withPage = await writer.SendAsync(request);

        Assert.Contains("sort", (await otherSort.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("after")[0]);
        Assert.Contains("paginanummer", (await withPage.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("after")[0]);
    }

    /// <summary>Follows page.next from the first page to the end, calling <paramref name="between"/> after each page.</summary>
    private async Task<List<Guid>> WalkAsync(string firstPage, string idProperty, Func<int, Task> between)
    {
        var visited = new List<Guid>();
        string? next = null;
        for (var step = 0; step < 50; step++)
        {
            var page = await writer.GetFromJsonAsync<JsonElement>(next is null ? firstPage : $"{firstPage}&after={Uri.EscapeDataString(next)}");
            visited.AddRange(page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty(idProperty).GetGuid()));
            next = page.GetProperty("page").TryGetProperty("next", out var value) ? value.GetString() : null;
            if (next is null)
            {
                return visited;
            }

            if (step < 3)
            {
                await between(step);
            }
        }

        throw new InvalidOperationException("The walk did not end: the cursor does not move forward.");
    }
}
