using Samenwerking.Domain.Collaborations.Register;
using static Samenwerking.Application.Vocabularies.VocabularyBuilder;

namespace Samenwerking.Application.Vocabularies;

/// <summary>The fields of the Wgr register (art. 27, and the national GR-register of art. 136) and how powers are transferred.</summary>
internal static class RegisterVocabularies
{
    private const string OnceOperating =
        "Required for a public-law collaboration before it leaves implementatie (exit rule register-entry-complete) and while it is in doorontwikkeling.";

    public static readonly Vocabulary<PowerTransfer> PowerTransfers = Of("Wijze van overdracht",
        "How a power (bevoegdheid) reaches the body of a gemeenschappelijke regeling.",
        (PowerTransfer.Attributie, "Attributie", "The power is granted to the body by a statute itself."),
        (PowerTransfer.Delegatie, "Delegatie", "The municipalities transfer the power; the body exercises it in its own name and under its own responsibility (Wgr art. 30)."),
        (PowerTransfer.Mandaat, "Mandaat", "The body exercises the power in the name and under the responsibility of the municipalities."));

    public static readonly RegisterFieldVocabulary RegisterFields = new("Registergegevens",
        "What the register of gemeenschappelijke regelingen shows (Wgr art. 27, GR-register art. 136); the `register` object of a collaboration and the CSV columns of the same name.",
    [
        new("citationTitle", "citeertitel", "Citeertitel", "The regeling's official title.", OnceOperating),
        new("purpose", "doel", "Doel", "What the regeling is for.", OnceOperating),
        new("inForceSince", "inWerkingSinds", "Datum inwerkingtreding",
            "The date the current text of the regeling took effect; never in the future.", OnceOperating),
        new("legalProvisions", "wettelijkeVoorschriften", "Wettelijke voorschriften",
            "The statutory provisions on which the regeling's powers rest.", "Optional."),
        new("powers", "bevoegdheden", "Bevoegdheden",
            "The powers the regeling gives its body, each with its transfer: attributie, delegatie or mandaat. In CSV: `wijze: omschrijving`, separated by `;`.",
            "Optional: a regeling zonder meer may transfer none."),
        new("seat", "vestigingAdres, vestigingPlaats", "Adres en plaats van vestiging",
            "Where the body the regeling institutes is established. Only an openbaar lichaam, bedrijfsvoeringsorganisatie or gemeenschappelijk orgaan has one; for other forms it is refused.",
            "Required for an openbaar lichaam, bedrijfsvoeringsorganisatie or gemeenschappelijk orgaan once the regeling operates (from leaving implementatie on)."),
        new("publicationUrl", "publicatie", "Vindplaats bekendmaking",
            "Link to the published regeling: an https address on lokaleregelgeving.overheid.nl (CVDR) or officielebekendmakingen.nl; other addresses are refused. A regeling does not take effect unpublished (Wgr art. 26, 136).",
            OnceOperating),
        new("bronhouder", "bronhouder", "Bronhouder",
            "Who keeps the entry in the GR-register: an openbaar lichaam or bedrijfsvoeringsorganisatie is its own bronhouder (leave empty; a municipality is refused); otherwise the CBS code of a participating municipality, such as the centrumgemeente.",
            "Required for a gemeenschappelijk orgaan, centrumgemeente or regeling zonder meer once the regeling operates."),
    ]);
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
