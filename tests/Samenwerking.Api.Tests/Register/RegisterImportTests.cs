namespace Samenwerking.Api.Tests.Register;

/// <summary>Importing existing regelingen: dry run, all or nothing, re-import, and the README's round trip.</summary>
public sealed class RegisterImportTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task A_dry_run_reports_every_problem_of_every_row_and_writes_nothing()
    {
        var good = CollaborationApi.UniqueName("Import goed");
        var file = RegisterCsv.File(
            RegisterCsv.Row(good),
            RegisterCsv.Row(CollaborationApi.UniqueName("Import fout"), instrument: "lichaam"),
            RegisterCsv.Row(CollaborationApi.UniqueName("Import fout"), participants: "GM0489", publication: "http://example.com"),
            RegisterCsv.Row(CollaborationApi.UniqueName("Import fout"), phase: "verkenning", inForceSince: "2016-13-01"));

        var response = await writer.ImportAsync(file, dryRun: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal(4, report.GetProperty("rows").GetInt32());
        var problems = report.GetProperty("problems").EnumerateArray()
            .Select(p => (Row: p.GetProperty("row").GetInt32(), Column: p.GetProperty("column").GetString()!)).ToList();
        Assert.DoesNotContain(problems, p => p.Row == 2);
        Assert.Contains((3, "instrument"), problems);
        Assert.Contains((4, "deelnemers"), problems);
        Assert.Contains((4, "publicatie"), problems);
        Assert.Contains((5, "fase"), problems);
        Assert.Contains((5, "inWerkingSinds"), problems);
        Assert.Empty(await NamedAsync(good));
    }

    [Fact]
    public async Task Problems_are_Dutch_with_Accept_Language_nl()
    {
        var file = RegisterCsv.File(RegisterCsv.Row(CollaborationApi.UniqueName("Import nl"), instrument: "lichaam", inForceSince: "morgen"));

        var report = await (await writer.ImportAsync(file, dryRun: true, language: "nl")).Content.ReadFromJsonAsync<JsonElement>();

        var messages = report.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("problem").GetString()!).ToList();
        Assert.Contains(messages, m => m.Contains("is niet toegestaan", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("geen datum", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_dry_run_one_bad_row_means_nothing_is_registered()
    {
        var good = CollaborationApi.UniqueName("Alles of niets");
        var file = RegisterCsv.File(RegisterCsv.Row(good), RegisterCsv.Row(CollaborationApi.UniqueName("Alles of niets"), participants: "GM9999;GM0489"));

        var response = await writer.ImportAsync(file);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("rows[3].deelnemers"));
        Assert.Empty(await NamedAsync(good));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_creates_nothing_twice()
    {
        var first = CollaborationApi.UniqueName("Herimport");
        var second = CollaborationApi.UniqueName("Herimport");
        var file = RegisterCsv.File(RegisterCsv.Row(first), RegisterCsv.Row(second, instrument: "openbaarLichaam", phase: "implementatie"));

        var once = await (await writer.ImportAsync(file)).Content.ReadFromJsonAsync<JsonElement>();
        var twice = await (await writer.ImportAsync(file)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(2, once.GetProperty("registered").GetInt32());
        Assert.Equal(0, twice.GetProperty("registered").GetInt32());
        Assert.Equal(2, twice.GetProperty("alreadyRegistered").GetInt32());
        var registered = Assert.Single(await NamedAsync(first));
        Assert.Equal("doorontwikkeling", registered.GetProperty("phase").GetString());
        var (body, _) = await writer.GetCollaborationAsync(registered.GetProperty("id").GetGuid());
        Assert.Equal("doorontwikkeling", body.GetProperty("registeredInPhase").GetString());
        Assert.Equal("Voorbeeldstad", body.GetProperty("register").GetProperty("seat").GetProperty("place").GetString());
        Assert.Equal(["delegatie", "mandaat"], body.GetProperty("register").GetProperty("powers").EnumerateArray()
            .Select(p => p.GetProperty("transfer").GetString()!).ToArray());
        var history = await writer.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}/{registered.GetProperty("id").GetGuid()}/history");
        Assert.Equal("registered", Assert.Single(history.GetProperty("items").EnumerateArray()).GetProperty("kind").GetString());
        Assert.Single(await NamedAsync(second));
    }

    [Fact]
    public async Task Round_trip_export_edit_dry_run_import()
    {
        var original = await writer.RegisterAsync("doorontwikkeling", "2014-01-01");
        var exported = await writer.ExportTextAsync("/api/v1/municipalities/GM0613/collaborations?legalKind=publiekrechtelijk");
        var line = exported.Split("\r\n").Single(l => l.Contains(original.Id.ToString(), StringComparison.Ordinal));
        var copy = CollaborationApi.UniqueName("Kopie");
        var edited = RegisterCsv.File(line.Replace(original.Body.GetProperty("name").GetString()!, copy, StringComparison.Ordinal));

        var dryRun = await (await writer.ImportAsync(edited, dryRun: true)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(dryRun.GetProperty("problems").EnumerateArray());
        Assert.Equal(1, dryRun.GetProperty("registered").GetInt32());
        Assert.Empty(await NamedAsync(copy));

        var imported = await writer.ImportAsync(edited);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var again = RegisterCsv.Rows(await writer.ExportTextAsync("/api/v1/municipalities/GM0613/collaborations"));
        var copied = Assert.Single(again, r => r["naam"] == copy);
        var source = Assert.Single(again, r => r["id"] == original.Id.ToString());
        foreach (var column in new[] { "citeertitel", "doel", "fase", "inWerkingSinds", "deelnemers", "instrument", "vestigingAdres", "publicatie" })
        {
            Assert.Equal(source[column], copied[column]);
        }
    }

    [Fact]
    public async Task A_file_without_the_required_header_is_a_400()
    {
        var response = await writer.ImportAsync("naam,doel\r\nIets,Niets\r\n", dryRun: true);
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
    }

    [Fact]
    public async Task The_demo_register_shipped_with_build_run_imports_cleanly()
    {
        var file = await File.ReadAllTextAsync(Path.Combine(Contract.RepositoryFiles.Root, "build", "demo", "register-voorbeeld.csv"));

        var report = await (await writer.ImportAsync(file, dryRun: true)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Empty(report.GetProperty("problems").EnumerateArray());
        Assert.Equal(7, report.GetProperty("rows").GetInt32());
    }

    private async Task<JsonElement[]> NamedAsync(string name)
    {
        var list = await writer.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?q={Uri.EscapeDataString(name)}");
        return [.. list.GetProperty("items").EnumerateArray()];
    }
}
