namespace Samenwerking.Api.Tests.Register;

/// <summary>
/// A registered regeling with personal data around it (a role holder with name and e-mail, history by a named user), for tests that check what the public register shows and what it never shows.
/// </summary>
public sealed record PublicRegisterScenario(Guid Id, string Name, string Participant)
{
    public const string PersonName = "Henriëtte Geheimhouder";
    public const string Email = "h.geheimhouder@voorbeeld.example";
    /// <summary>The administrator's name in the test tokens: the history names it as the author of every change.</summary>
    public const string AuthorName = "Test User";

    /// <summary>Every personal value the scenario stores; none may appear in anything public.</summary>
    public static readonly string[] PersonalValues = [PersonName, Email, AuthorName, "geheimhouder"];

    public static async Task<PublicRegisterScenario> CreateAsync(HttpClient admin, string participant = "GM0373")
    {
        var registration = DimensionSets.AllDecided();
        registration["phase"] = "doorontwikkeling";
        registration["operatingSince"] = "2020-01-01";
        registration["register"] = PhaseApi.CompleteRegister();
        var name = CollaborationApi.UniqueName("Openbaar");
        var created = await admin.CreateAsync(name, [CollaborationApi.Participant(participant), CollaborationApi.Participant("GM0450")], registration);
        var role = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{CollaborationApi.Path}/{created.Id}/roles", null,
            new { kind = "projectleider", personName = PersonName, organisation = "Gemeente Bergen", email = Email });
        Assert.True(role.IsSuccessStatusCode, await role.Content.ReadAsStringAsync());
        return new PublicRegisterScenario(created.Id, name, participant);
    }
}
