using Samenwerking.Application.Common.Concurrency;
using Mediator;
using Samenwerking.Domain.Decisions;

namespace Samenwerking.Application.Decisions.RecordDecision;

/// <summary>A formal decision taken by a participating municipality.</summary>
public sealed record RecordDecisionCommand : ICommand<DecisionRecorded>, IDecisionInput
{
    public Guid CollaborationId { get; init; }

    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>CBS code of the deciding municipality; must take part.</summary>
    public string MunicipalityCode { get; init; } = "";

    /// <summary>The deciding body: raad for zienswijze, toestemming and wensenEnBedenkingen; college or burgemeester for besluitTotDeelname.</summary>
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

    public DecisionFacts ToFacts() => new(MunicipalityCode, Body, Kind, DecidedOn, Outcome, Reference, Summary);
}
