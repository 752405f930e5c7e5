namespace Samenwerking.Register.BrowserTests.Infrastructure;

/// <summary>
/// Fills the register as <c>build/run.sh</c> does (the demo register file, imported through the API) and gives every
/// collaboration a role holder with a name and an e-mail address that the public register must never show.
/// </summary>
public static class DemoRegister
{
    public static async Task<IReadOnlyList<string>> SeedAsync(HttpClient admin)
    {
        using var csv = new StringContent(await File.ReadAllTextAsync(RepositoryFiles.DemoRegister), System.Text.Encoding.UTF8, "text/csv");
        var imported = await admin.PostAsync("/api/v1/imports", csv);
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());

        var register = await admin.GetFromJsonAsync<JsonElement>("/api/v1/public/register");
        var personal = new List<string>();
        var n = 0;
        foreach (var item in register.GetProperty("items").EnumerateArray())
        {
            n++;
            var (name, email) = ($"Geheimhouder Persoonsnaam{n}", $"geheim{n}@persoonlijk.example");
            var role = await admin.PostAsJsonAsync($"/api/v1/collaborations/{item.GetProperty("id").GetGuid()}/roles",
                new { kind = "projectleider", personName = name, organisation = "Gemeente Voorbeeld", email });
            Assert.True(role.IsSuccessStatusCode, await role.Content.ReadAsStringAsync());
            personal.AddRange([name, email]);
        }

        Assert.True(n >= 8, $"The demo register should fill the register; it has {n} collaborations.");
        return personal;
    }
}
