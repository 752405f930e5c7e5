using System.Net.Http.Headers;

namespace Samenwerking.Api.Tests.Collaborations;

/// <summary>
/// q finds a collaboration by any part of its name, whatever the case and accents: every part must find it, and a term
/// matches as the text it is, its LIKE wildcards and backslashes included.
/// </summary>
public sealed class NameSearchTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    /// <summary>A word of letters no other test's names are made of, so a part of it finds this test's names alone.</summary>
    private static string RareWord() => new(Enumerable.Range(0, 4).Select(_ => "qxzj"[Random.Shared.Next(4)]).ToArray());

    private async Task<(Guid[] Ids, int Total)> SearchAsync(string q, string extra = "")
    {
        var page = await writer.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?q={Uri.EscapeDataString(q)}&pageSize=100{extra}");
        return ([.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())],
            page.GetProperty("page").GetProperty("totalItems").GetInt32());
    }

    [Fact]
    public async Task Every_part_of_a_name_finds_it_across_punctuation_case_and_accents()
    {
        // Each kind of boundary between words: hyphen, space, apostrophe, brackets, slash, full stop, ampersand, and
        // characters that are not separators (an accented letter, a digit, an en dash).
        var name = $"{RareWord()}-{RareWord()} Q\u00faX'{RareWord()} ({RareWord()}/{RareWord()}) {RareWord()}.{RareWord()}&J7\u2013{RareWord()}";
        var created = await writer.CreateAsync(name);

        var missed = new List<string>();
        for (var start = 0; start < name.Length; start++)
        {
            for (var length = 1; start + length <= name.Length; length++)
            {
                var part = name.Substring(start, length);
                if (part.Any(char.IsLetterOrDigit) && !(await SearchAsync(part)).Ids.Contains(created.Id))
                {
                    missed.Add(part);
                }
            }
        }

        Assert.Empty(missed);
        Assert.Contains(created.Id, (await SearchAsync(name.ToUpperInvariant())).Ids);
        Assert.Contains(created.Id, (await SearchAsync("qux'")).Ids);
    }

    [Fact]
    public async Task Percent_underscore_and_backslash_in_a_term_match_only_themselves()
    {
        // Each look-alike would match the term if its %, _ or \ were read as LIKE's wildcards or escape (issue 28).
        var word = "q" + RareWord() + RareWord();
        var discount = await writer.CreateAsync($"{word} 50%_korting");
        await writer.CreateAsync($"{word} 50 procent korting");
        var path = await writer.CreateAsync($"{word} pad\\naar");
        await writer.CreateAsync($"{word} padnaar");

        Assert.Equal([discount.Id], (await SearchAsync($"{word} 50%_korting")).Ids);
        Assert.Equal([discount.Id], (await SearchAsync($"{word} 50%")).Ids);
        Assert.Equal([path.Id], (await SearchAsync($"{word} pad\\naar")).Ids);
        Assert.Equal(1, (await SearchAsync($"{word} 50%_", "&phase=verkenning")).Total);
    }

    [Fact]
    public async Task A_search_counts_collaborations_not_the_places_their_names_match()
    {
        var word = "q" + RareWord() + RareWord();
        var twice = await writer.CreateAsync($"{word} kust {word} kustwacht");
        var once = await writer.CreateAsync($"Oost{word} kustlijn");
        await writer.CreateAsync($"{word} wacht");

        var (ids, total) = await SearchAsync($"{word} kust");

        // By name, like every list: "oostq…" before "q…".
        Assert.Equal([once.Id, twice.Id], ids);
        Assert.Equal(2, total);
    }

    [Fact]
    public async Task A_renamed_collaboration_is_found_by_its_new_name_only()
    {
        var before = RareWord() + RareWord() + RareWord();
        var after = RareWord() + RareWord() + RareWord();
        var created = await writer.CreateAsync($"Voorheen {before} samen");

        using var rename = new HttpRequestMessage(HttpMethod.Patch, created.Url)
        {
            Content = new StringContent($$"""{ "name": "Nu {{after}} samen" }""", new MediaTypeHeaderValue("application/merge-patch+json")),
        };
        rename.Headers.TryAddWithoutValidation("If-Match", created.ETag);
        var response = await writer.SendAsync(rename);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(created.Id, (await SearchAsync(before)).Ids);
        Assert.DoesNotContain(created.Id, (await SearchAsync($"voorheen {before}")).Ids);
        Assert.Contains(created.Id, (await SearchAsync(after)).Ids);
        Assert.Contains(created.Id, (await SearchAsync($"nu {after} sa")).Ids);
    }

    [Fact]
    public async Task A_deleted_collaboration_is_no_longer_found()
    {
        var word = RareWord() + RareWord() + RareWord();
        var created = await writer.CreateAsync($"Weg {word}");
        Assert.Contains(created.Id, (await SearchAsync($"weg {word}")).Ids);

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Delete, created.Url, created.ETag);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var (ids, total) = await SearchAsync($"weg {word}");
        Assert.Empty(ids);
        Assert.Equal(0, total);
        Assert.Empty((await SearchAsync(word, "&phase=verkenning")).Ids);
    }

    [Fact]
    public async Task Words_of_the_highest_code_point_which_have_no_range_above_them_are_found()
    {
        // The highest code point, which no trigram index lists as part of a word: found all the same.
        const string highest = "\U0010FFFF";
        var word = "q" + RareWord() + RareWord();
        var endsHigh = await writer.CreateAsync($"{word}{highest} {word}");
        var startsHigh = await writer.CreateAsync($"{word} {highest}{word}");
        await writer.CreateAsync($"{word} {word}");

        Assert.Equal([endsHigh.Id], (await SearchAsync($"{highest} {word}")).Ids);
        Assert.Equal([startsHigh.Id], (await SearchAsync($"{word} {highest}")).Ids);
        Assert.Equal(1, (await SearchAsync($"{word} {highest}", "&sort=-name")).Total);
    }

    [Fact]
    public async Task Collaborations_saved_at_once_with_the_same_new_words_are_all_saved_and_found()
    {
        // Names that share their words, saved at the same moment.
        var shared = $"{RareWord()}{RareWord()} {RareWord()}{RareWord()}";
        var saves = Enumerable.Range(0, 12).Select(i => writer.PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = $"{shared} {RareWord()}{RareWord()} {i}",
            participants = new[] { CollaborationApi.Participant("GM0489"), CollaborationApi.Participant("GM0613") },
        }));

        var responses = await Task.WhenAll(saves);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(12, (await SearchAsync(shared)).Total);
    }
}
