namespace Samenwerking.Api.Tests.Register;

/// <summary>
/// Every column of an exported line, exactly: the export reads the database with a statement of its own (not through the
/// entities), so each value is checked here against what was registered, including the cases that leave columns empty.
/// </summary>
public sealed class RegisterExportLineTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task A_complete_line_lists_active_participants_in_joining_order_with_the_centrumgemeente_and_the_powers_in_order()
    {
        var name = CollaborationApi.UniqueName("Centrumregeling, \"export\" é");
        var body = DimensionSets.AllDecided(instrument: "centrumgemeente");
        body["name"] = name;
        body["taskTypes"] = new[] { "bedrijfsvoering", "beleid" };
        body["phase"] = "doorontwikkeling";
        body["operatingSince"] = "2015-03-01";
        // Barendrecht joined first; Amsterdam and Albrandswaard the same day, in the order sent.
        body["participants"] = new[]
        {
            CollaborationApi.Participant("GM0613", "2014-01-01"), CollaborationApi.Participant("GM0363", "2014-01-01", "centrumgemeente"),
            CollaborationApi.Participant("GM0489", "2013-06-01"),
        };
        body["register"] = new Dictionary<string, object?>
        {
            ["citationTitle"] = "Centrumregeling \"Voorbeeld\"",
            ["purpose"] = "Uitvoering door de centrumgemeente, samen met de anderen.",
            ["inForceSince"] = "2014-02-01",
            ["legalProvisions"] = "Wgr, art. 1",
            ["powers"] = new[]
            {
                new { description = "Inkoop, aanbesteding", transfer = "mandaat" },
                new { description = "Heffen van leges", transfer = "delegatie" },
            },
            ["publicationUrl"] = "https://lokaleregelgeving.overheid.nl/CVDR4242",
            ["bronhouder"] = "GM0363",
        };
        var created = await writer.PostAsJsonAsync(CollaborationApi.Path, body);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var url = $"{CollaborationApi.Path}/{id}";
        // Ridderkerk joins later and leaves again: the register no longer lists it.
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync($"{url}/participants", CollaborationApi.Participant("GM0597", "2016-01-01"))).StatusCode);
        var withdrawn = await writer.PostAsJsonAsync($"{url}/participants/GM0597/withdrawal", new { leftOn = "2020-01-01", reason = "Zelfstandig verder." });
        Assert.True(withdrawn.IsSuccessStatusCode, await withdrawn.Content.ReadAsStringAsync());

        var csv = await writer.ExportTextAsync("/api/v1/municipalities/GM0489/collaborations");

        var line = Assert.Single(csv.Split("\r\n"), l => l.StartsWith(id.ToString(), StringComparison.Ordinal));
        Assert.Contains("\"Centrumregeling \"\"Voorbeeld\"\"\"", line, StringComparison.Ordinal);
        var row = Assert.Single(RegisterCsv.Rows(csv), r => r["id"] == id.ToString());
        var expected = new Dictionary<string, string>
        {
            ["id"] = id.ToString(),
            ["naam"] = name,
            ["citeertitel"] = "Centrumregeling \"Voorbeeld\"",
            ["doel"] = "Uitvoering door de centrumgemeente, samen met de anderen.",
            ["fase"] = "doorontwikkeling",
            ["inWerkingSinds"] = "2014-02-01",
            ["inBedrijfSinds"] = "2015-03-01",
            ["deelnemers"] = "GM0489;GM0613;GM0363",
            ["deelnemerNamen"] = "Barendrecht;Albrandswaard;Amsterdam",
            ["centrumgemeente"] = "GM0363",
            ["juridischeVorm"] = "publiekrechtelijk",
            ["instrument"] = "centrumgemeente",
            ["typeTaak"] = "beleid;bedrijfsvoering", // the order of the values, not of the request
            ["aantalTaken"] = "meerdere",
            ["besturingsniveau"] = "tactisch",
            ["nieuwOfBestaand"] = "nieuw",
            ["eenOfMeerdere"] = "een",
            ["centraalOfDecentraal"] = "centraal",
            ["initiatief"] = "vrijwillig",
            ["wettelijkeVoorschriften"] = "Wgr, art. 1",
            ["bevoegdheden"] = "mandaat: Inkoop, aanbesteding; delegatie: Heffen van leges",
            ["vestigingAdres"] = "",
            ["vestigingPlaats"] = "",
            ["publicatie"] = "https://lokaleregelgeving.overheid.nl/CVDR4242",
            ["bronhouder"] = "GM0363",
            ["beeindigdOp"] = "",
            ["beeindigdReden"] = "",
        };
        Assert.Equal(expected.Keys, row.Keys);
        Assert.All(expected, column => Assert.Equal((column.Key, column.Value), (column.Key, row[column.Key])));

        // The municipality that left still finds the regeling among its former ones, as it stands now.
        var former = RegisterCsv.Rows(await writer.ExportTextAsync("/api/v1/municipalities/GM0597/collaborations?includeFormer=true"));
        Assert.Equal("GM0489;GM0613;GM0363", Assert.Single(former, r => r["id"] == id.ToString())["deelnemers"]);
        var current = RegisterCsv.Rows(await writer.ExportTextAsync("/api/v1/municipalities/GM0597/collaborations"));
        Assert.DoesNotContain(current, r => r["id"] == id.ToString());
    }

    [Fact]
    public async Task A_collaboration_without_register_entry_or_classification_exports_empty_columns()
    {
        var explored = await writer.CreateAsync(CollaborationApi.UniqueName("Zonder register"),
            [CollaborationApi.Participant("GM0599", "2021-05-01")]);

        var csv = await writer.ExportTextAsync("/api/v1/municipalities/GM0599/collaborations");

        var line = Assert.Single(csv.Split("\r\n"), l => l.StartsWith(explored.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal($"{explored.Id},{explored.Body.GetProperty("name").GetString()},,,verkenning,,,GM0599,Rotterdam,,,,,,,,,,,,,,,,,,", line);
    }
}
