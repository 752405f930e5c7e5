using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Decisions;

namespace Samenwerking.Api.Requests.Decisions;

/// <summary>A formal decision taken by a participating municipality.</summary>
public sealed record RecordDecisionRequest
{
    /// <summary>CBS code of the deciding municipality; must take part.</summary>
    public string MunicipalityCode { get; init; } = "";

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
    [MultiLineText]
    public string? Summary { get; init; }
}
