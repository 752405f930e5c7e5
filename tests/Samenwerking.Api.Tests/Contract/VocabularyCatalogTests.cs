using Samenwerking.Application.Vocabularies;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Api.Tests.Contract;

/// <summary>
/// Every enumeration of the domain reaches clients through <c>GET /vocabularies</c> and the OpenAPI
/// enum descriptions, so a new enum or value without a label and description fails here.
/// </summary>
public sealed class VocabularyCatalogTests
{
    public static TheoryData<Type> DomainEnums() => [.. typeof(Phase).Assembly.GetTypes().Where(t => t is { IsEnum: true, IsPublic: true })];

    [Theory]
    [MemberData(nameof(DomainEnums))]
    public void Every_domain_enum_value_has_a_label_and_a_one_line_description(Type enumType)
    {
        var vocabulary = VocabularyCatalog.For(enumType);

        Assert.True(vocabulary is not null,
            $"{enumType.FullName} has no vocabulary: add it to VocabulariesDto and VocabularyCatalog (src/Samenwerking.Application/Vocabularies).");
        Assert.False(string.IsNullOrWhiteSpace(vocabulary.Label));
        Assert.False(string.IsNullOrWhiteSpace(vocabulary.Description));
        var terms = vocabulary.Terms.ToList();
        foreach (var value in Enum.GetValues(enumType).Cast<Enum>())
        {
            var term = Assert.Single(terms, t => t.Value.Equals(value));
            Assert.False(string.IsNullOrWhiteSpace(term.Label), $"{enumType.Name}.{value} has no label.");
            Assert.False(string.IsNullOrWhiteSpace(term.Description), $"{enumType.Name}.{value} has no description.");
            Assert.DoesNotContain('\n', term.Description);
        }

        Assert.Equal(Enum.GetValues(enumType).Length, terms.Count);
    }

    [Fact]
    public void Legal_instruments_belong_to_the_kind_the_wgr_gives_them()
    {
        var kinds = VocabularyCatalog.All.LegalInstruments.Values.ToDictionary(t => t.Value, t => t.Kind);

        Assert.Equal(new Dictionary<LegalInstrument, LegalKind>
        {
            [LegalInstrument.OpenbaarLichaam] = LegalKind.Publiekrechtelijk,
            [LegalInstrument.GemeenschappelijkOrgaan] = LegalKind.Publiekrechtelijk,
            [LegalInstrument.Bedrijfsvoeringsorganisatie] = LegalKind.Publiekrechtelijk,
            [LegalInstrument.Centrumgemeente] = LegalKind.Publiekrechtelijk,
            [LegalInstrument.RegelingZonderMeer] = LegalKind.Publiekrechtelijk,
            [LegalInstrument.Stichting] = LegalKind.Privaatrechtelijk,
            [LegalInstrument.Vereniging] = LegalKind.Privaatrechtelijk,
            [LegalInstrument.Vennootschap] = LegalKind.Privaatrechtelijk,
            [LegalInstrument.Convenant] = LegalKind.Privaatrechtelijk,
        }, kinds);
    }

    [Fact]
    public void Phases_are_offered_in_the_order_a_collaboration_passes_them()
    {
        Assert.Equal([Phase.Verkenning, Phase.Voorbereiding, Phase.Implementatie, Phase.Doorontwikkeling],
            VocabularyCatalog.All.Phases.Values.Select(t => t.Value));
    }
}
