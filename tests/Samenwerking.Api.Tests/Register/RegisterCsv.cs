using System.Net.Http.Headers;
using System.Text;
using nietras.SeparatedValues;

namespace Samenwerking.Api.Tests.Register;

/// <summary>Asking for, reading and sending register CSV files, as a client would.</summary>
internal static class RegisterCsv
{
    public const string ImportsPath = "/api/v1/imports";

    public const string Header =
        "id,naam,citeertitel,doel,fase,inWerkingSinds,inBedrijfSinds,deelnemers,deelnemerNamen,centrumgemeente,juridischeVorm,instrument," +
        "typeTaak,aantalTaken,besturingsniveau,nieuwOfBestaand,eenOfMeerdere,centraalOfDecentraal,initiatief,wettelijkeVoorschriften," +
        "bevoegdheden,vestigingAdres,vestigingPlaats,publicatie,bronhouder,beeindigdOp,beeindigdReden";

    public static async Task<HttpResponseMessage> ExportAsync(this HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        return await client.SendAsync(request);
    }

    public static async Task<string> ExportTextAsync(this HttpClient client, string path)
    {
        var response = await client.ExportAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>Each data row as column name → value.</summary>
    public static List<Dictionary<string, string>> Rows(string csv)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(csv);
        var names = reader.Header.ColNames.ToArray();
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>();
            for (var i = 0; i < names.Length; i++)
            {
                values[names[i]] = row[i].ToString();
            }

            rows.Add(values);
        }

        return rows;
    }

    public static async Task<HttpResponseMessage> ImportAsync(this HttpClient client, string csv, bool dryRun = false, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, dryRun ? $"{ImportsPath}?dryRun=true" : ImportsPath)
        {
            Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
        };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Sends the file's bytes as they are, with the given Content-Type (a charset, or none).</summary>
    public static async Task<HttpResponseMessage> ImportBytesAsync(this HttpClient client, byte[] file, string contentType = "text/csv",
        bool dryRun = false)
    {
        var content = new ByteArrayContent(file);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, dryRun ? $"{ImportsPath}?dryRun=true" : ImportsPath) { Content = content };
        return await client.SendAsync(request);
    }

    /// <summary>The rows an import reported as already registered, as (row, collaboration id).</summary>
    public static (int Row, Guid Id)[] AlreadyRegisteredRows(this JsonElement report) =>
        [.. report.GetProperty("alreadyRegisteredRows").EnumerateArray().Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("id").GetGuid()))];

    /// <summary>A complete, valid row for a bedrijfsvoeringsorganisatie of Barendrecht and Albrandswaard.</summary>
    public static string Row(string name, string instrument = "bedrijfsvoeringsorganisatie", string phase = "doorontwikkeling",
        string participants = "GM0489;GM0613", string publication = "https://lokaleregelgeving.overheid.nl/CVDR12345", string inForceSince = "2016-01-01") =>
        $",{name},GR {name},Samen de bedrijfsvoering uitvoeren.,{phase},{inForceSince},2016-01-01,{participants},,,publiekrechtelijk,{instrument}," +
        "bedrijfsvoering,alle,operationeel,nieuw,een,centraal,vrijwillig,\"Wgr, art. 8\",delegatie: Personeelsbeleid; mandaat: Inkoop," +
        $"Voorbeeldstraat 1,Voorbeeldstad,{publication},";

    public static string File(params string[] rows) => Header + "\r\n" + string.Join("\r\n", rows) + "\r\n";
}
