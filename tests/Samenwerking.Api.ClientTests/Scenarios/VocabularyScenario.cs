namespace Samenwerking.Api.ClientTests.Scenarios;

/// <summary>A frontend filling its dropdowns from the vocabularies, with the generated enums.</summary>
public sealed class VocabularyScenario(ApiFactory api) : ClientScenario(api)
{
    [Fact]
    public async Task Vocabularies_arrive_as_typed_enums_with_labels()
    {
        var vocabularies = (await Reader.GetVocabulariesAsync()).Result;

        Assert.Equal([Phase.Verkenning, Phase.Voorbereiding, Phase.Implementatie, Phase.Doorontwikkeling],
            vocabularies.Phases.Values.Select(t => t.Value));
        Assert.All(vocabularies.DecisionKinds.Values, t => Assert.False(string.IsNullOrWhiteSpace(t.Label)));
    }

    [Fact]
    public async Task A_form_offers_only_the_instruments_of_the_chosen_legal_kind()
    {
        var vocabularies = (await Reader.GetVocabulariesAsync()).Result;

        var privateLaw = vocabularies.LegalInstruments.Values.Where(t => t.Kind == LegalKind.Privaatrechtelijk).Select(t => t.Value);
        Assert.Equal([LegalInstrument.Stichting, LegalInstrument.Vereniging, LegalInstrument.Vennootschap, LegalInstrument.Convenant], privateLaw);
    }
}
