using Mediator;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Decisions.RecordDecision;
using Samenwerking.Domain.Decisions;

namespace Samenwerking.Application.Decisions.CorrectDecision;

/// <summary>Replaces what a recorded decision says; it stays the decision of the same municipality.</summary>
public sealed record CorrectDecisionCommand : ICommand<DecisionRecorded>, IDecisionInput
{
    public Guid CollaborationId { get; init; }

    public Guid DecisionId { get; init; }

    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>The deciding body: raad for zienswijze, toestemming, wensenEnBedenkingen and toestemmingTotOpheffing; college or burgemeester for the besluiten.</summary>
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

    /// <summary>Why it is corrected (kept in the history, e.g. "onjuist geregistreerd").</summary>
    public string? Reason { get; init; }

    public DecisionFacts ToFacts(string municipalityCode) => new(municipalityCode, Body, Kind, DecidedOn, Outcome, Reference, Summary);
}
