using Samenwerking.Domain.Collaborations;
using static Samenwerking.Application.Vocabularies.VocabularyBuilder;

namespace Samenwerking.Application.Vocabularies;

/// <summary>The legal kinds and instruments (domain brief, "Legal instruments").</summary>
internal static class LegalFormVocabularies
{
    public static Vocabulary<LegalKind> LegalKinds => Of("Juridische vorm",
        (LegalKind.Publiekrechtelijk, "Publiekrechtelijk"),
        (LegalKind.Privaatrechtelijk, "Privaatrechtelijk"));

    public static LegalInstrumentVocabulary LegalInstruments => new("Juridisch instrument", Describe(nameof(LegalInstrument)),
    [
        Term(LegalInstrument.OpenbaarLichaam, "Openbaar lichaam"),
        Term(LegalInstrument.GemeenschappelijkOrgaan, "Gemeenschappelijk orgaan"),
        Term(LegalInstrument.Bedrijfsvoeringsorganisatie, "Bedrijfsvoeringsorganisatie"),
        Term(LegalInstrument.Centrumgemeente, "Centrumgemeente"),
        Term(LegalInstrument.RegelingZonderMeer, "Regeling zonder meer"),
        Term(LegalInstrument.Stichting, "Stichting"),
        Term(LegalInstrument.Vereniging, "Vereniging"),
        Term(LegalInstrument.Vennootschap, "Vennootschap"),
        Term(LegalInstrument.Convenant, "Convenant"),
    ]);

    // The kind comes from the domain's own rule, so the vocabulary and the consistency check agree.
    private static LegalInstrumentTerm Term(LegalInstrument value, string label) =>
        new(value, label, Describe($"{nameof(LegalInstrument)}.{value}"), LegalForm.KindOf(value));
}
