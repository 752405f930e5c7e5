using System.Text;

namespace Samenwerking.Api.KiotaClientTests.Scenarios;

/// <summary>Reading a whole list page by page with the keyset cursor, and checking a register file before importing it.</summary>
public sealed class ListAndImportScenario(ApiFactory api) : KiotaScenario(api)
{
    [Fact]
    public async Task Keyset_paging_walks_the_whole_list_once()
    {
        var prefix = UniqueName("Keyset Kiota");
        var created = new List<Guid>();
        foreach (var suffix in new[] { "a", "b", "c" })
        {
            var collaboration = await Writer.Collaborations.PostAsync(new CreateCollaborationRequest
            {
                Name = $"{prefix} {suffix}",
                Participants = [new ParticipantInput { MunicipalityCode = "GM0489", Role = ParticipantRole.Deelnemer }],
            });
            created.Add(collaboration!.Id!.Value);
        }

        var seen = new List<Guid>();
        string? after = null;
        do
        {
            var page = await Reader.Collaborations.GetAsync(c =>
            {
                c.QueryParameters.Q = prefix;
                c.QueryParameters.PageSize = 2;
                c.QueryParameters.After = after;
            });
            seen.AddRange(page!.Items!.Select(item => item.Id!.Value));
            after = page.Page!.Next;
        }
        while (after is not null);

        Assert.Equal(created, seen);
    }

    [Fact]
    public async Task A_dry_run_import_reports_every_row_without_registering_any()
    {
        var good = UniqueName("Import Kiota");
        var file = Header + "\r\n" + Row(good, "bedrijfsvoeringsorganisatie") + "\r\n" + Row(UniqueName("Import Kiota fout"), "lichaam") + "\r\n";

        using var body = new MemoryStream(Encoding.UTF8.GetBytes(file));
        var report = await Writer.Imports.PostAsync(body, c => c.QueryParameters.DryRun = true);

        Assert.True(report!.DryRun);
        Assert.Equal(2, report.Rows);
        // The header is row 1: the good row (2) would be registered, the one with an unknown instrument (3) is reported.
        Assert.Equal(1, report.Registered);
        var problem = Assert.Single(report.Problems!);
        Assert.Equal((3, "instrument"), (problem.Row, problem.Column));
        var nothing = await Reader.Collaborations.GetAsync(c => c.QueryParameters.Q = good);
        Assert.Empty(nothing!.Items!);
    }

    private const string Header =
        "id,naam,citeertitel,doel,fase,inWerkingSinds,inBedrijfSinds,deelnemers,deelnemerNamen,centrumgemeente,juridischeVorm,instrument," +
        "typeTaak,aantalTaken,besturingsniveau,nieuwOfBestaand,eenOfMeerdere,centraalOfDecentraal,initiatief,wettelijkeVoorschriften," +
        "bevoegdheden,vestigingAdres,vestigingPlaats,publicatie,bronhouder";

    private static string Row(string name, string instrument) =>
        $",{name},GR {name},Samen de bedrijfsvoering uitvoeren.,doorontwikkeling,2016-01-01,2016-01-01,GM0489;GM0613,,,publiekrechtelijk,{instrument}," +
        "bedrijfsvoering,alle,operationeel,nieuw,een,centraal,vrijwillig,\"Wgr, art. 8\",delegatie: Personeelsbeleid," +
        "Voorbeeldstraat 1,Voorbeeldstad,https://lokaleregelgeving.overheid.nl/CVDR12345,";
}
