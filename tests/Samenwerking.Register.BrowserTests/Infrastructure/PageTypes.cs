namespace Samenwerking.Register.BrowserTests.Infrastructure;

/// <summary>One page of every kind the register has, on the seeded data, by a name for reports and screenshots.</summary>
public static class PageTypes
{
    public const string ExampleWithEvaluations = "Voorbeeldsamenwerking (fictief)";

    public static readonly string[] Names = ["overzicht", "zoeken", "gemeente", "samenwerking", "toegankelijkheid", "niet-gevonden"];

    public static async Task<string> PathOfAsync(RegisterHost host, string name) => name switch
    {
        "overzicht" => "/register",
        "zoeken" => "/register/zoeken?q=voorbeeld&status=alle",
        "gemeente" => "/register/gemeenten/GM0820",
        "samenwerking" => $"/register/samenwerkingen/{await IdOfAsync(host, ExampleWithEvaluations)}",
        "toegankelijkheid" => "/register/toegankelijkheid",
        "niet-gevonden" => "/register/gemeenten/GM9999",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such page type."),
    };

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names)
        {
            data.Add(name);
        }

        return data;
    }

    public static async Task<Guid> IdOfAsync(RegisterHost host, string collaborationName)
    {
        var register = await host.Client().GetFromJsonAsync<JsonElement>("/api/v1/public/register");
        return register.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("name").GetString() == collaborationName).GetProperty("id").GetGuid();
    }
}
