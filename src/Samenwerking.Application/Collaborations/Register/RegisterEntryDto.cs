using Samenwerking.Domain.Collaborations.Register;

namespace Samenwerking.Application.Collaborations.Register;

/// <summary>What the Wgr register shows about the regeling; empty fields are null.</summary>
/// <param name="CitationTitle">The regeling's official title (citeertitel).</param>
/// <param name="Purpose">What the regeling is for (doel).</param>
/// <param name="InForceSince">The date the current text of the regeling took effect.</param>
/// <param name="LegalProvisions">The statutory provisions on which the powers rest (wettelijke voorschriften).</param>
/// <param name="Powers">The powers (bevoegdheden) with how they were transferred.</param>
/// <param name="Seat">Adres en plaats van vestiging of the body the regeling institutes.</param>
/// <param name="PublicationUrl">Link to the published regeling (CVDR or officielebekendmakingen.nl).</param>
/// <param name="Bronhouder">CBS code of the municipality that keeps the GR-register entry; null when the legal entity itself does.</param>
public sealed record RegisterEntryDto(
    string? CitationTitle,
    string? Purpose,
    DateOnly? InForceSince,
    string? LegalProvisions,
    IReadOnlyList<PowerDto> Powers,
    SeatDto? Seat,
    string? PublicationUrl,
    string? Bronhouder);

/// <summary>A power (bevoegdheid) of the regeling's body.</summary>
/// <param name="Description">What the power is.</param>
/// <param name="Transfer">Attributie, delegatie or mandaat.</param>
public sealed record PowerDto(string Description, PowerTransfer Transfer);

/// <summary>Adres en plaats van vestiging.</summary>
/// <param name="Address">Street and number.</param>
/// <param name="Place">Place of establishment.</param>
public sealed record SeatDto(string Address, string Place);

public static class RegisterEntryMapping
{
    public static RegisterEntryDto ToDto(this RegisterEntry entry) => new(entry.CitationTitle, entry.Purpose, entry.InForceSince,
        entry.LegalProvisions, [.. entry.Powers.Select(p => new PowerDto(p.Description, p.Transfer))],
        entry.Seat is { } seat ? new SeatDto(seat.Address, seat.Place) : null, entry.PublicationUrl, entry.Bronhouder);
}
