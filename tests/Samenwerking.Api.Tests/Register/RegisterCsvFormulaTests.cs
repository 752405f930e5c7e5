namespace Samenwerking.Api.Tests.Register;

/// <summary>
/// CSV injection (OWASP): every cell the API writes that a spreadsheet would run as a formula starts with an apostrophe,
/// and the import reads such a cell back as the value it stands for.
/// </summary>
public sealed class RegisterCsvFormulaTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task Exported_cells_that_start_like_a_formula_are_neutralised_with_an_apostrophe()
    {
        var created = await RegisterAsync("=HYPERLINK(\"https://example.com\") " + Guid.NewGuid().ToString("N"), citationTitle: "+GR Voorbeeld",
            purpose: "@SUM(1+1) samen", address: "-1 Voorbeeldstraat");

        var csv = await writer.ExportTextAsync("/api/v1/municipalities/GM0613/collaborations");

        var row = Assert.Single(RegisterCsv.Rows(csv), r => r["id"] == created.ToString());
        Assert.Equal("'" + (await NameAsync(created)), row["naam"]);
        Assert.Equal("'+GR Voorbeeld", row["citeertitel"]);
        Assert.Equal("'@SUM(1+1) samen", row["doel"]);
        Assert.Equal("'-1 Voorbeeldstraat", row["vestigingAdres"]);
        Assert.Equal("Voorbeeldstad", row["vestigingPlaats"]);
    }

    [Fact]
    public async Task An_apostrophe_that_guards_nothing_is_exported_and_imported_as_it_is()
    {
        var name = "'s-Gravenhage en 't Gooi " + Guid.NewGuid().ToString("N");
        var created = await RegisterAsync(name);

        var csv = await writer.ExportTextAsync("/api/v1/municipalities/GM0613/collaborations");
        var row = Assert.Single(RegisterCsv.Rows(csv), r => r["id"] == created.ToString());
        Assert.Equal(name, row["naam"]);

        var marker = Guid.NewGuid().ToString("N");
        var copy = "'t Kopie " + marker;
        var line = csv.Split("\r\n").Single(l => l.StartsWith(created.ToString(), StringComparison.Ordinal));
        var imported = await writer.ImportAsync(RegisterCsv.File(line.Replace(name, copy, StringComparison.Ordinal)));
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        Assert.Equal(copy, Assert.Single(await NamedAsync(marker)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_import_reads_a_neutralised_cell_as_the_value_it_stands_for()
    {
        var marker = Guid.NewGuid().ToString("N");
        var row = RegisterCsv.Row("'=Kopie " + marker).Replace("Voorbeeldstraat 1", "''=Voorbeeldstraat 1", StringComparison.Ordinal);

        var imported = await writer.ImportAsync(RegisterCsv.File(row));

        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        var copied = Assert.Single(await NamedAsync(marker));
        var (body, _) = await writer.GetCollaborationAsync(copied.GetProperty("id").GetGuid());
        Assert.Equal("=Kopie " + marker, body.GetProperty("name").GetString());
        Assert.Equal("'=Voorbeeldstraat 1", body.GetProperty("register").GetProperty("seat").GetProperty("address").GetString());
    }

    [Fact]
    public async Task A_register_with_formula_like_values_survives_export_and_import_unchanged()
    {
        var created = await RegisterAsync("=Formule " + Guid.NewGuid().ToString("N"), citationTitle: "'=Al met apostrof", purpose: "-Min");
        var csv = await writer.ExportTextAsync("/api/v1/municipalities/GM0613/collaborations");
        var line = csv.Split("\r\n").Single(l => l.StartsWith(created.ToString(), StringComparison.Ordinal));
        var name = await NameAsync(created);
        var marker = Guid.NewGuid().ToString("N");

        var imported = await writer.ImportAsync(RegisterCsv.File(line.Replace(name, "=Kopie " + marker, StringComparison.Ordinal)));

        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        var (copy, _) = await writer.GetCollaborationAsync(Assert.Single(await NamedAsync(marker)).GetProperty("id").GetGuid());
        Assert.Equal("=Kopie " + marker, copy.GetProperty("name").GetString());
        Assert.Equal("'=Al met apostrof", copy.GetProperty("register").GetProperty("citationTitle").GetString());
        Assert.Equal("-Min", copy.GetProperty("register").GetProperty("purpose").GetString());
    }

    private async Task<Guid> RegisterAsync(string name, string citationTitle = "GR Voorbeeld", string purpose = "Samen taken uitvoeren.",
        string address = "Voorbeeldstraat 1")
    {
        var body = DimensionSets.AllDecided();
        body["name"] = name;
        body["participants"] = new[] { CollaborationApi.Participant("GM0489", "2014-01-01"), CollaborationApi.Participant("GM0613", "2014-01-01") };
        body["phase"] = "doorontwikkeling";
        body["operatingSince"] = "2014-01-01";
        var register = PhaseApi.CompleteRegister();
        register["citationTitle"] = citationTitle;
        register["purpose"] = purpose;
        register["seat"] = new { address, place = "Voorbeeldstad" };
        body["register"] = register;
        var response = await writer.PostAsJsonAsync(CollaborationApi.Path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<string> NameAsync(Guid id) => (await writer.GetCollaborationAsync(id)).Body.GetProperty("name").GetString()!;

    /// <summary>The collaborations found by a word of their name (a search term of letters and digits only).</summary>
    private async Task<JsonElement[]> NamedAsync(string word)
    {
        var list = await writer.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?q={word}");
        return [.. list.GetProperty("items").EnumerateArray()];
    }
}
