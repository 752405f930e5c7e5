namespace Samenwerking.Api.Tests.Register;

/// <summary>The register as CSV: RFC 4180 quoting, UTF-8, empty values, and the two endpoints that answer it.</summary>
public sealed class RegisterExportTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task A_municipality_register_quotes_commas_and_quotes_and_keeps_Dutch_characters()
    {
        var name = CollaborationApi.UniqueName("Dommelvallei ëï");
        var registration = new Dictionary<string, object?>
        {
            ["name"] = name,
            ["participants"] = new[] { CollaborationApi.Participant("GM0820", "2014-01-01"), CollaborationApi.Participant("GM0848", "2014-01-01") },
            ["phase"] = "doorontwikkeling",
            ["operatingSince"] = "2014-01-01",
            ["register"] = new Dictionary<string, object?>(PhaseApi.CompleteRegister("bedrijfsvoeringsorganisatie"))
            {
                ["citationTitle"] = "Regeling \"Dommelvallei\", geïnde kosten",
            },
        };
        foreach (var (field, value) in DimensionSets.AllDecided(instrument: "bedrijfsvoeringsorganisatie"))
        {
            registration[field] = value;
        }

        var created = await writer.PostAsJsonAsync(CollaborationApi.Path, registration);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        var csv = await writer.ExportTextAsync("/api/v1/municipalities/GM0820/collaborations");

        Assert.StartsWith(RegisterCsv.Header + "\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"Nuenen, Gerwen en Nederwetten;Son en Breugel\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"Regeling \"\"Dommelvallei\"\", geïnde kosten\"", csv, StringComparison.Ordinal);
        Assert.Contains(name, csv, StringComparison.Ordinal);
        var row = Assert.Single(RegisterCsv.Rows(csv), r => r["naam"] == name);
        Assert.Equal("GM0820;GM0848", row["deelnemers"]);
        Assert.Equal("Regeling \"Dommelvallei\", geïnde kosten", row["citeertitel"]);
        Assert.Equal("", row["bronhouder"]);
        Assert.Equal("", row["wettelijkeVoorschriften"]);
        Assert.Equal("doorontwikkeling", row["fase"]);
    }

    [Fact]
    public async Task The_collaborations_list_exports_with_its_filters_and_empty_values_for_what_is_unknown()
    {
        var explored = await writer.CreateAsync(CollaborationApi.UniqueName("Verkenning CSV"));

        var csv = await writer.ExportTextAsync("/api/v1/collaborations?phase=verkenning&municipality=GM0489");

        var rows = RegisterCsv.Rows(csv);
        Assert.All(rows, r => Assert.Equal("verkenning", r["fase"]));
        var row = Assert.Single(rows, r => r["id"] == explored.Id.ToString());
        Assert.Equal("", row["citeertitel"]);
        Assert.Equal("", row["juridischeVorm"]);
        Assert.Equal("", row["inBedrijfSinds"]);
    }

    [Fact]
    public async Task Json_stays_the_default()
    {
        var response = await writer.GetAsync("/api/v1/collaborations?pageSize=1");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_unknown_municipality_is_a_404_problem_not_an_empty_file()
    {
        var response = await writer.ExportAsync("/api/v1/municipalities/GM9999/collaborations");
        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }
}
