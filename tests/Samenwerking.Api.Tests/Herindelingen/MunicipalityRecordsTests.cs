namespace Samenwerking.Api.Tests.Herindelingen;

/// <summary>An administrator extends the municipality reference data, as JSON or as CSV in the shipped file's shape, without a release.</summary>
public sealed class MunicipalityRecordsTests(ApiFactory api)
{
    private readonly HttpClient admin = api.Writer();

    private static object Record(string code, string validFrom, string? validTo = null, string? successorCode = null, string name = "Voorbeeld (fictief)") =>
        new { code, name, provinceCode = "PV26", provinceName = "Utrecht", validFrom, validTo, successorCode };

    [Fact]
    public async Task A_new_code_is_added_once_and_can_take_part_at_once()
    {
        var records = new { records = new[] { Record("GM9970", "2020-01-01", name: "Nieuwstad (fictief)") } };

        var first = await (await admin.PostAsJsonAsync(MunicipalityRecordsApi.Path, records)).ReportAsync();
        var second = await (await admin.PostAsJsonAsync(MunicipalityRecordsApi.Path, records)).ReportAsync();
        var collaboration = await admin.CreateAsync(participants: [CollaborationApi.Participant("GM9970", "2021-01-01"), CollaborationApi.Participant("GM0014")]);

        Assert.Equal((1, 0, 0), (first.GetProperty("added").GetInt32(), first.GetProperty("updated").GetInt32(), first.GetProperty("unchanged").GetInt32()));
        Assert.Equal((0, 0, 1), (second.GetProperty("added").GetInt32(), second.GetProperty("updated").GetInt32(), second.GetProperty("unchanged").GetInt32()));
        Assert.Equal("Nieuwstad (fictief)", (await admin.GetFromJsonAsync<JsonElement>("/api/v1/municipalities/GM9970")).GetProperty("name").GetString());
        Assert.Contains(collaboration.Body.GetProperty("participants").EnumerateArray(), p => p.GetProperty("municipalityName").GetString() == "Nieuwstad (fictief)");
    }

    [Fact]
    public async Task A_code_that_ends_names_its_successor_and_can_no_longer_join_after_it_ended()
    {
        await (await admin.PostAsJsonAsync(MunicipalityRecordsApi.Path, new
        {
            records = new[] { Record("GM9960", "2021-01-01"), Record("GM9961", "2000-01-01", "2021-01-01", "GM9960") },
        })).ReportAsync();

        var municipality = await admin.GetFromJsonAsync<JsonElement>("/api/v1/municipalities/GM9961");
        var joining = await admin.PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = CollaborationApi.UniqueName(), participants = new[] { CollaborationApi.Participant("GM9961", "2022-02-01"), CollaborationApi.Participant("GM0014") },
        });

        Assert.Equal("GM9960", municipality.GetProperty("successorCode").GetString());
        Assert.Equal("2021-01-01", municipality.GetProperty("validTo").GetString());
        await joining.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("municipality-not-in-force"));
    }

    [Fact]
    public async Task A_csv_in_the_shipped_files_shape_with_a_successor_column_is_read_like_the_json()
    {
        const string csv = "code,name,provinceCode,provinceName,validFrom,validTo,successorCode\n" +
                           "GM9950,\"Nieuw, Samengevoegd (fictief)\",PV26,Utrecht,2029-01-01,,\n" +
                           "GM9951,Oud (fictief),PV26,Utrecht,2001-01-01,2029-01-01,GM9950\n";

        var report = await (await admin.PostAsync(MunicipalityRecordsApi.CsvPath, new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"))).ReportAsync();

        Assert.Equal(2, report.GetProperty("added").GetInt32());
        Assert.Equal("Nieuw, Samengevoegd (fictief)", (await admin.GetFromJsonAsync<JsonElement>("/api/v1/municipalities/GM9950")).GetProperty("name").GetString());
        Assert.Equal("GM9950", (await admin.GetFromJsonAsync<JsonElement>("/api/v1/municipalities/GM9951")).GetProperty("successorCode").GetString());
    }

    [Fact]
    public async Task The_shipped_file_itself_can_be_sent_back_and_changes_nothing()
    {
        var shipped = await File.ReadAllTextAsync(Path.Combine(Contract.RepositoryFiles.Root, "src/Samenwerking.Infrastructure/ReferenceData/gemeenten.csv"));

        var report = await (await admin.PostAsync(MunicipalityRecordsApi.CsvPath, new StringContent(shipped, System.Text.Encoding.UTF8, "text/csv"))).ReportAsync();

        Assert.Equal(0, report.GetProperty("added").GetInt32() + report.GetProperty("updated").GetInt32());
        Assert.True(report.GetProperty("unchanged").GetInt32() > 700);
    }

    [Fact]
    public async Task Unreadable_cells_and_invalid_records_are_400_naming_each()
    {
        const string csv = "code,name,provinceCode,provinceName,validFrom,validTo\nGM9940,Fout (fictief),PV26,Utrecht,1-1-2020,\n";

        var unreadable = await admin.PostAsync(MunicipalityRecordsApi.CsvPath, new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));
        var invalid = await admin.PostAsJsonAsync(MunicipalityRecordsApi.Path, new
        {
            records = new[] { Record("GM9941", "2020-01-01", "2019-01-01"), Record("GM9942", "2020-01-01", successorCode: "GM9941"), Record("GM9942", "2020-01-01") },
        });

        var cellProblem = await unreadable.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(cellProblem.ErrorsFor("rows[2].validFrom"));
        var problem = await invalid.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("records[0].validTo"));
        Assert.NotEmpty(problem.ErrorsFor("records[1].successorCode"));
        Assert.NotEmpty(problem.ErrorsFor("records"));
    }

    [Theory]
    [InlineData("en", "does not exist")]
    [InlineData("nl", "bestaat niet")]
    public async Task A_successor_that_does_not_exist_when_the_code_ends_is_refused(string language, string words)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, MunicipalityRecordsApi.Path)
        {
            Content = JsonContent.Create(new { records = new[] { Record("GM9931", "2000-01-01", "2030-01-01", "GM9930") } }),
        };
        request.Headers.AcceptLanguage.ParseAdd(language);

        var response = await admin.SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("successor-not-in-force"));
        Assert.Contains(words, problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("2030-01-01", problem.GetProperty("effectiveOn").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/municipalities/GM9931")).StatusCode);
    }

    [Fact]
    public async Task Another_instance_reads_the_new_records_at_once_not_after_its_cache_expires()
    {
        await using var other = new SeparateApi(api.ConnectionString);
        var otherAdmin = other.Writer();
        // The other instance reads every record into its cache, before the new one exists.
        await otherAdmin.CreateAsync(participants: [CollaborationApi.Participant("GM0014"), CollaborationApi.Participant("GM0003")]);

        await (await admin.PostAsJsonAsync(MunicipalityRecordsApi.Path, new { records = new[] { Record("GM9920", "2020-01-01") } })).ReportAsync();

        // The notification travels through PostgreSQL; give it a moment, far below the cache's ten minutes.
        HttpResponseMessage joined;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            joined = await otherAdmin.PostAsJsonAsync(CollaborationApi.Path,
                new { name = CollaborationApi.UniqueName(), participants = new[] { CollaborationApi.Participant("GM9920"), CollaborationApi.Participant("GM0014") } });
        }
        while (joined.StatusCode != HttpStatusCode.Created && DateTime.UtcNow < deadline && await Delay());

        Assert.True(joined.StatusCode == HttpStatusCode.Created, await joined.Content.ReadAsStringAsync());
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(100);
        return true;
    }
}
