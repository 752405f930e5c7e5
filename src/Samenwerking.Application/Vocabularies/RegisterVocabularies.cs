using Samenwerking.Domain.Collaborations.Register;
using static Samenwerking.Application.Vocabularies.VocabularyBuilder;

namespace Samenwerking.Application.Vocabularies;

/// <summary>The fields of the Wgr register (art. 27, and the national GR-register of art. 136) and how powers are transferred.</summary>
internal static class RegisterVocabularies
{
    public static Vocabulary<PowerTransfer> PowerTransfers => Of("Wijze van overdracht",
        (PowerTransfer.Attributie, "Attributie"),
        (PowerTransfer.Delegatie, "Delegatie"),
        (PowerTransfer.Mandaat, "Mandaat"));

    public static RegisterFieldVocabulary RegisterFields => new("Registergegevens", Describe(RegisterField),
    [
        Field("citationTitle", "citeertitel", "Citeertitel"),
        Field("purpose", "doel", "Doel"),
        Field("inForceSince", "inWerkingSinds", "Datum inwerkingtreding"),
        Field("legalProvisions", "wettelijkeVoorschriften", "Wettelijke voorschriften", ownRequirement: true),
        Field("powers", "bevoegdheden", "Bevoegdheden", ownRequirement: true),
        Field("seat", "vestigingAdres, vestigingPlaats", "Adres en plaats van vestiging", ownRequirement: true),
        Field("publicationUrl", "publicatie", "Vindplaats bekendmaking"),
        Field("bronhouder", "bronhouder", "Bronhouder", ownRequirement: true),
    ]);

    private const string RegisterField = "RegisterField";

    // Without a requirement of its own, a field is required once a public-law collaboration operates (one shared text).
    private static RegisterFieldTerm Field(string value, string csvColumn, string label, bool ownRequirement = false) =>
        new(value, csvColumn, label, Describe($"{RegisterField}.{value}"),
            Describe(ownRequirement ? $"{RegisterField}.{value}.RequiredFrom" : $"{RegisterField}.RequiredOnceOperating"));
}

/// <summary>The fields of the Wgr register, each with its CSV column and when it is required.</summary>
/// <param name="Label">Dutch name of the list.</param>
/// <param name="Description">What the list is about.</param>
/// <param name="Values">Every field of the register.</param>
public sealed record RegisterFieldVocabulary(string Label, string Description, IReadOnlyList<RegisterFieldTerm> Values);

/// <summary>One field of the Wgr register.</summary>
/// <param name="Value">The field inside `register` as the JSON names it.</param>
/// <param name="CsvColumn">The CSV column(s) of the export and import.</param>
/// <param name="Label">Dutch label to show.</param>
/// <param name="Description">What the field holds.</param>
/// <param name="RequiredFrom">From which phase, and for which legal forms, the field is required.</param>
public sealed record RegisterFieldTerm(string Value, string CsvColumn, string Label, string Description, string RequiredFrom);
