using Samenwerking.Domain.Collaborations.Register;

namespace Samenwerking.Application.Collaborations.Register;

/// <summary>
/// What the Wgr register shows about the regeling (Wgr art. 27 and the GR-register). Every field may stay empty while
/// the collaboration is prepared; a public-law collaboration needs citationTitle, purpose, inForceSince and
/// publicationUrl, a seat when it institutes a body, and a bronhouder when that body is no legal entity,
/// before it leaves implementatie (exit rule `register-entry-complete`) and from then on.
/// </summary>
public sealed record RegisterEntryInput
{
    /// <summary>The regeling's official title (citeertitel), e.g. "Gemeenschappelijke regeling Voorbeeldregio 2024".</summary>
    public string? CitationTitle { get; init; }

    /// <summary>What the regeling is for (doel).</summary>
    public string? Purpose { get; init; }

    /// <summary>The date the current text of the regeling took effect (not in the future).</summary>
    public DateOnly? InForceSince { get; init; }

    /// <summary>The statutory provisions on which the powers rest (wettelijke voorschriften), e.g. "Participatiewet, art. 7".</summary>
    public string? LegalProvisions { get; init; }

    /// <summary>The powers (bevoegdheden) the regeling gives its body, each with how they were transferred.</summary>
    public IReadOnlyList<PowerInput> Powers { get; init; } = [];

    /// <summary>Adres en plaats van vestiging; only for an openbaar lichaam, bedrijfsvoeringsorganisatie or gemeenschappelijk orgaan.</summary>
    public SeatInput? Seat { get; init; }

    /// <summary>Link to the published regeling: https on lokaleregelgeving.overheid.nl (CVDR) or officielebekendmakingen.nl.</summary>
    public string? PublicationUrl { get; init; }

    /// <summary>
    /// CBS code of the participating municipality that keeps the entry in the GR-register (bronhouder), e.g. the
    /// centrumgemeente; leave empty for an openbaar lichaam or bedrijfsvoeringsorganisatie, which is its own bronhouder.
    /// </summary>
    public string? Bronhouder { get; init; }

    public RegisterEntry ToDomain() => new()
    {
        CitationTitle = Blank(CitationTitle),
        Purpose = Blank(Purpose),
        InForceSince = InForceSince,
        LegalProvisions = Blank(LegalProvisions),
        Powers = [.. Powers.Select(p => new Power(p.Description.Trim(), p.Transfer))],
        Seat = Seat is { } seat ? new Seat(seat.Address.Trim(), seat.Place.Trim()) : null,
        PublicationUrl = Blank(PublicationUrl),
        Bronhouder = Blank(Bronhouder),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A power (bevoegdheid) of the regeling's body.</summary>
/// <param name="Description">What the power is, e.g. "Heffen en invorderen van gemeentelijke belastingen".</param>
/// <param name="Transfer">How it reaches the body: `attributie`, `delegatie` or `mandaat`.</param>
public sealed record PowerInput(string Description, PowerTransfer Transfer);

/// <summary>Adres en plaats van vestiging.</summary>
/// <param name="Address">Street and number, e.g. "Voorbeeldstraat 1".</param>
/// <param name="Place">Place of establishment, e.g. "Voorbeeldstad".</param>
public sealed record SeatInput(string Address, string Place);

/// <summary>A command that carries a register entry.</summary>
public interface IRegisterDetails
{
    /// <summary>The register entry; null means empty.</summary>
    RegisterEntryInput? Register { get; }
}

public static class RegisterDetailsExtensions
{
    public static RegisterEntry ToRegisterEntry(this IRegisterDetails details) => details.Register?.ToDomain() ?? RegisterEntry.Empty;
}
