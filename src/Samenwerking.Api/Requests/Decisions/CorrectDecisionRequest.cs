using Samenwerking.Domain.Decisions;

namespace Samenwerking.Api.Requests.Decisions;

/// <summary>What a recorded decision really says; it stays the decision of the same municipality.</summary>
public sealed record CorrectDecisionRequest
{
    /// <summary>The deciding body: raad for zienswijze, toestemming, wensenEnBedenkingen and toestemmingTotOpheffing; college or burgemeester for besluitTotDeelname and besluitTotOpheffing.</summary>
    public DecisionBody Body { get; init; }

    /// <summary>What kind of decision.</summary>
    public DecisionKind Kind { get; init; }

    /// <summary>Date of the decision; not in the future.</summary>
    public DateOnly DecidedOn { get; init; }

    /// <summary>Positive or negative.</summary>
    public DecisionOutcome Outcome { get; init; }

    /// <summary>Number or link of the published text.</summary>
    public string? Reference { get; init; }

    /// <summary>Short summary.</summary>
    public string? Summary { get; init; }

    /// <summary>Why it is corrected, kept in the history (e.g. "onjuist geregistreerd"); no personal data.</summary>
    public string? Reason { get; init; }
}
