namespace Samenwerking.Api.Tests.Register;

/// <summary>
/// The import reads its file as a stream and checks it in batches: what it reports must not depend on where a batch
/// ends, and imports of the same rows at the same moment must all succeed, together registering each row once.
/// </summary>
public sealed class RegisterImportBatchTests(ApiFactory api)
{
    // More than two batches of the handler (500 rows each), so rows meet across batch boundaries.
    private const int Rows = 1_100;

    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task A_dry_run_over_several_batches_numbers_rows_and_finds_repeated_names_across_them()
    {
        var names = Enumerable.Range(0, Rows).Select(_ => CollaborationApi.UniqueName("Batch")).ToArray();
        names[1_050] = names[3];
        var rows = names.Select((name, i) => i == 700 ? RegisterCsv.Row(name, instrument: "lichaam") : RegisterCsv.Row(name)).ToArray();

        var response = await writer.ImportAsync(RegisterCsv.File(rows), dryRun: true);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Rows, report.GetProperty("rows").GetInt32());
        Assert.Equal(Rows - 2, report.GetProperty("registered").GetInt32());
        var problems = report.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString()!)).Distinct().ToArray();
        Assert.Equal([(702, "instrument"), (1_052, "naam")], problems);
    }

    [Fact]
    public async Task Imports_of_the_same_new_rows_at_the_same_moment_all_succeed_and_register_each_row_once()
    {
        var names = Enumerable.Range(0, 120).Select(_ => CollaborationApi.UniqueName("Gelijktijdig")).ToArray();
        var file = RegisterCsv.File([.. names.Select(name => RegisterCsv.Row(name))]);

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => api.Writer().ImportAsync(file)));

        var reports = new List<JsonElement>();
        foreach (var response in responses)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            reports.Add(await response.Content.ReadFromJsonAsync<JsonElement>());
        }

        Assert.Equal(names.Length, reports.Sum(r => r.GetProperty("registered").GetInt32()));
        Assert.All(reports, r => Assert.Equal(names.Length,
            r.GetProperty("registered").GetInt32() + r.GetProperty("alreadyRegistered").GetInt32()));
        var again = await (await writer.ImportAsync(file, dryRun: true)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(names.Length, again.GetProperty("alreadyRegistered").GetInt32());
    }
}
