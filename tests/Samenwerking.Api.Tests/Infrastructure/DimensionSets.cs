namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>
/// The six dimensions as a client sends them, in the sets the tests use, spelled once. Each call returns a new
/// dictionary, so a test may add the name, participants or register it needs without touching another's.
/// </summary>
public static class DimensionSets
{
    /// <summary>
    /// All six decided as an ambtelijke fusie (all tasks, new, one, central organisation) in a bedrijfsvoeringsorganisatie:
    /// everything verkenning asks before it may end, and a fusion by the API's definition.
    /// </summary>
    public static Dictionary<string, object?> AmbtelijkeFusie(string legalKind = "publiekrechtelijk", string instrument = "bedrijfsvoeringsorganisatie") => new()
    {
        ["taskTypes"] = new[] { "bedrijfsvoering" },
        ["taskScope"] = "alle",
        ["governanceLevel"] = "operationeel",
        ["organisationForm"] = new { novelty = "nieuw", multiplicity = "een", structure = "centraal" },
        ["legalForm"] = new { kind = legalKind, instrument },
        ["initiative"] = "vrijwillig",
    };

    /// <summary>All six decided for a regeling that executes several tasks, steered tactically; an openbaar lichaam unless told otherwise.</summary>
    public static Dictionary<string, object?> AllDecided(string legalKind = "publiekrechtelijk", string instrument = "openbaarLichaam") => new()
    {
        ["taskTypes"] = new[] { "uitvoering" },
        ["taskScope"] = "meerdere",
        ["governanceLevel"] = "tactisch",
        ["organisationForm"] = new { novelty = "nieuw", multiplicity = "een", structure = "centraal" },
        ["legalForm"] = new { kind = legalKind, instrument },
        ["initiative"] = "vrijwillig",
    };
}
