namespace Samenwerking.Api.Tests.Register;

/// <summary>
/// The README's round trip: a municipality's register exported and imported unchanged changes nothing and refuses nothing,
/// whatever phase its collaborations are in, and the report says which rows were already there.
/// </summary>
public sealed class RegisterRoundTripTests(ApiFactory api)
{
    private const string RegisterPath = "/api/v1/municipalities/GM0613/collaborations";

    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task An_unchanged_export_with_collaborations_in_every_phase_imports_as_already_registered()
    {
        var verkenning = await writer.CreateExploredAsync();
        var voorbereiding = await writer.CreateExploredAsync();
        Assert.Equal(HttpStatusCode.Created, (await writer.TransitionAsync(voorbereiding.Id, "voorbereiding", null)).StatusCode);
        var doorontwikkeling = await writer.RegisterAsync("doorontwikkeling", "2014-01-01");
        var exported = await writer.ExportTextAsync(RegisterPath);
        var ids = RegisterCsv.Rows(exported).Select(r => Guid.Parse(r["id"])).ToArray();
        Assert.Superset(new HashSet<Guid> { verkenning.Id, voorbereiding.Id, doorontwikkeling.Id }, ids.ToHashSet());

        var dryRun = await writer.ImportAsync(exported, dryRun: true);
        var imported = await writer.ImportAsync(exported);

        foreach (var response in new[] { dryRun, imported })
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var report = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Empty(report.GetProperty("problems").EnumerateArray());
            Assert.Equal(0, report.GetProperty("registered").GetInt32());
            Assert.Equal(ids.Length, report.GetProperty("alreadyRegistered").GetInt32());
            Assert.Equal(ids.Select((id, i) => (i + 2, id)).ToArray(), report.AlreadyRegisteredRows());
        }

        Assert.Equal(exported, await writer.ExportTextAsync(RegisterPath));
    }

    [Fact]
    public async Task A_municipal_user_imports_their_own_unchanged_export()
    {
        await writer.CreateExploredAsync();
        await writer.RegisterAsync("implementatie", null);
        var user = api.MunicipalUser("GM0613");
        var exported = await user.ExportTextAsync(RegisterPath);

        var response = await user.ImportAsync(exported);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, report.GetProperty("registered").GetInt32());
        Assert.Equal(RegisterCsv.Rows(exported).Count, report.GetProperty("alreadyRegistered").GetInt32());
    }
}
