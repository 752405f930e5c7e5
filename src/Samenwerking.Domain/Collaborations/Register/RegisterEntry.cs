using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.Collaborations.Register;

/// <summary>
/// What the register of gemeenschappelijke regelingen shows about a collaboration (Wgr art. 27, and the
/// properties of the national GR-register, Wgr art. 136): citeertitel, doel, the date the current regeling
/// took effect, the statutory provisions behind its powers, the powers with how they were transferred, the
/// seat of the body it institutes, the link to its publication and the bronhouder. Every field may stay
/// empty while a collaboration is prepared; <see cref="GapsOnceOperating"/> says which the law requires
/// once a public-law regeling operates.
/// </summary>
public sealed record RegisterEntry
{
    public const int MaxCitationTitleLength = 300;
    public const int MaxPurposeLength = 4000;
    public const int MaxLegalProvisionsLength = 4000;
    public const int MaxPublicationUrlLength = 500;
    public const int MaxPowers = 100;

    /// <summary>Hosts of the official publications: CVDR (lokaleregelgeving.overheid.nl) and officielebekendmakingen.nl.</summary>
    private static readonly string[] OfficialHosts = ["overheid.nl", "officielebekendmakingen.nl", "officiele-overheidspublicaties.nl"];

    public static readonly RegisterEntry Empty = new();

    /// <summary>The regeling's official title (citeertitel).</summary>
    public string? CitationTitle { get; init; }

    /// <summary>What the regeling is for (doel).</summary>
    public string? Purpose { get; init; }

    /// <summary>The date the current text of the regeling took effect (datum inwerkingtreding).</summary>
    public DateOnly? InForceSince { get; init; }

    /// <summary>The statutory provisions on which the powers rest (wettelijke voorschriften).</summary>
    public string? LegalProvisions { get; init; }

    /// <summary>The powers (bevoegdheden) the regeling gives its body, each with how.</summary>
    public IReadOnlyList<Power> Powers { get; init; } = [];

    /// <summary>Adres en plaats van vestiging of the body the regeling institutes.</summary>
    public Seat? Seat { get; init; }

    /// <summary>Link to the published regeling (CVDR or officielebekendmakingen.nl).</summary>
    public string? PublicationUrl { get; init; }

    /// <summary>
    /// CBS code of the municipality that keeps the entry in the GR-register (bronhouder) when the regeling
    /// institutes no legal entity; null when the openbaar lichaam or bedrijfsvoeringsorganisatie is its own bronhouder.
    /// </summary>
    public string? Bronhouder { get; init; }

    /// <summary>Whether the instrument institutes a body with an address (openbaar lichaam, bedrijfsvoeringsorganisatie, gemeenschappelijk orgaan).</summary>
    public static bool InstitutesBody(LegalInstrument? instrument) =>
        instrument is LegalInstrument.OpenbaarLichaam or LegalInstrument.Bedrijfsvoeringsorganisatie or LegalInstrument.GemeenschappelijkOrgaan;

    /// <summary>Whether the body is a legal entity (rechtspersoon), and therefore its own bronhouder.</summary>
    public static bool IsLegalEntity(LegalInstrument? instrument) =>
        instrument is LegalInstrument.OpenbaarLichaam or LegalInstrument.Bedrijfsvoeringsorganisatie;

    /// <summary>
    /// What can never hold, whatever the phase: a seat for a regeling that institutes no body, a bronhouder
    /// municipality beside a legal entity or outside the participants, an unofficial publication link, a
    /// regeling in force in the future, a power listed twice.
    /// </summary>
    public IReadOnlyList<RegisterProblem> Problems(LegalForm? legalForm, IReadOnlyCollection<string> participantCodes, DateOnly today)
    {
        var problems = new List<RegisterProblem>();
        var instrument = legalForm?.Instrument;
        if (Seat is not null && instrument is { } chosen && !InstitutesBody(chosen))
        {
            problems.Add(new("seat", RegisterProblemCode.SeatWithoutBody,
                $"A {DomainTerms.Of(chosen)} institutes no body, so it has no seat (adres en plaats van vestiging)."));
        }

        if (Bronhouder is { } bronhouder)
        {
            if (IsLegalEntity(instrument))
            {
                problems.Add(new("bronhouder", RegisterProblemCode.BronhouderOfLegalEntity,
                    $"A {DomainTerms.Of(instrument!.Value)} is a legal entity and its own bronhouder; leave bronhouder empty."));
            }
            else if (!participantCodes.Contains(bronhouder))
            {
                problems.Add(new("bronhouder", RegisterProblemCode.BronhouderNotParticipating,
                    $"The bronhouder {bronhouder} does not take part in the collaboration."));
            }
        }

        if (PublicationUrl is { } url && !IsOfficialPublication(url))
        {
            problems.Add(new("publicationUrl", RegisterProblemCode.PublicationNotOfficial,
                "The publication link must be an https address on lokaleregelgeving.overheid.nl (CVDR) or officielebekendmakingen.nl."));
        }

        if (InForceSince is { } inForceSince && RecordedDates.IsInTheFuture(inForceSince, today))
        {
            problems.Add(new("inForceSince", RegisterProblemCode.InForceInFuture,
                $"The regeling cannot have taken effect in the future ({InForceSince:yyyy-MM-dd})."));
        }

        var duplicate = Powers.GroupBy(p => p.Description.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            problems.Add(new("powers", RegisterProblemCode.DuplicatePower, $"The power '{duplicate.Key}' is listed more than once."));
        }

        return problems;
    }

    /// <summary>
    /// What the register must show once a public-law regeling operates (from leaving implementatie on): its
    /// citeertitel and doel, the date it took effect, the link to its publication (Wgr art. 136: no regeling
    /// takes effect unpublished), the seat of the body it institutes, and a bronhouder municipality when there is
    /// no legal entity to be one. A private-law collaboration is no gemeenschappelijke regeling: nothing is required.
    /// </summary>
    public IReadOnlyList<RegisterProblem> GapsOnceOperating(LegalForm? legalForm)
    {
        var gaps = new List<RegisterProblem>();
        if (legalForm?.Kind != LegalKind.Publiekrechtelijk)
        {
            return gaps;
        }

        void Require(bool present, string field, string what)
        {
            if (!present)
            {
                gaps.Add(new(field, RegisterProblemCode.RequiredOnceOperating, $"{what} is required once the regeling operates."));
            }
        }

        Require(!string.IsNullOrWhiteSpace(CitationTitle), "citationTitle", "The citeertitel");
        Require(!string.IsNullOrWhiteSpace(Purpose), "purpose", "The doel");
        Require(InForceSince is not null, "inForceSince", "The date the regeling took effect");
        Require(!string.IsNullOrWhiteSpace(PublicationUrl), "publicationUrl", "The link to the published regeling");
        if (InstitutesBody(legalForm.Instrument))
        {
            Require(Seat is not null, "seat", $"The seat (adres en plaats van vestiging) of the {DomainTerms.Of(legalForm.Instrument!.Value)}");
        }

        if (legalForm.Instrument is { } instrument && !IsLegalEntity(instrument))
        {
            Require(Bronhouder is not null, "bronhouder", $"A bronhouder municipality for the {DomainTerms.Of(instrument)}");
        }

        return gaps;
    }

    private static bool IsOfficialPublication(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps &&
        OfficialHosts.Any(host => uri.Host == host || uri.Host.EndsWith("." + host, StringComparison.OrdinalIgnoreCase));
}
