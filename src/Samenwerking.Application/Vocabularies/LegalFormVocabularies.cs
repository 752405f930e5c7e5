using Samenwerking.Domain.Collaborations;
using static Samenwerking.Application.Vocabularies.VocabularyBuilder;

namespace Samenwerking.Application.Vocabularies;

/// <summary>The legal kinds and instruments (domain brief, "Legal instruments").</summary>
internal static class LegalFormVocabularies
{
    public static readonly Vocabulary<LegalKind> LegalKinds = Of("Juridische vorm",
        "Whether the collaboration rests on public or on private law.",
        (LegalKind.Publiekrechtelijk, "Publiekrechtelijk", "Public law: a regeling under the Wet gemeenschappelijke regelingen (Wgr), the form the law prefers."),
        (LegalKind.Privaatrechtelijk, "Privaatrechtelijk", "Private law: a legal person or an agreement under civil law."));

    public static readonly LegalInstrumentVocabulary LegalInstruments = new("Juridisch instrument",
        "The concrete legal instrument of a collaboration; each belongs to one legal kind.",
    [
        Term(LegalInstrument.OpenbaarLichaam, "Openbaar lichaam", "A legal entity with algemeen bestuur, dagelijks bestuur and voorzitter; the heaviest and most common form."),
        Term(LegalInstrument.GemeenschappelijkOrgaan, "Gemeenschappelijk orgaan", "A joint body without legal personality."),
        Term(LegalInstrument.Bedrijfsvoeringsorganisatie, "Bedrijfsvoeringsorganisatie", "A legal entity with a single-layer board of colleges only, for execution and support tasks (since 2015)."),
        Term(LegalInstrument.Centrumgemeente, "Centrumgemeente", "A centrumregeling: one participant carries out tasks for the others, by mandate or as a service."),
        Term(LegalInstrument.RegelingZonderMeer, "Regeling zonder meer", "An agreement under the Wgr that sets up no new body."),
        Term(LegalInstrument.Stichting, "Stichting", "A foundation under civil law."),
        Term(LegalInstrument.Vereniging, "Vereniging", "An association under civil law."),
        Term(LegalInstrument.Vennootschap, "Vennootschap", "A company (BV or NV) under civil law."),
        Term(LegalInstrument.Convenant, "Convenant", "A convenant or samenwerkingsovereenkomst: an agreement without a new legal person."),
    ]);

    // The kind comes from the domain's own rule, so the vocabulary and the consistency check agree.
    private static LegalInstrumentTerm Term(LegalInstrument value, string label, string description) =>
        new(value, label, description, LegalForm.KindOf(value));
}
