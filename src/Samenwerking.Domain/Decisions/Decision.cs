using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.Decisions;

/// <summary>
/// A formal decision of one participating municipality (besluitvorming): which body decided what,
/// when, with which outcome, and where it is published.
/// </summary>
public sealed class Decision
{
    public const int MaxReferenceLength = 500;
    public const int MaxSummaryLength = 2000;

    private Decision()
    {
        MunicipalityCode = "";
        RecordedBySubject = "";
    }

    internal Decision(DecisionFacts facts, ChangeContext change)
    {
        Id = Guid.CreateVersion7();
        MunicipalityCode = facts.MunicipalityCode;
        Body = facts.Body;
        Kind = facts.Kind;
        DecidedOn = facts.DecidedOn;
        Outcome = facts.Outcome;
        Reference = facts.Reference;
        Summary = facts.Summary;
        RecordedAt = change.Now;
        RecordedBySubject = change.Actor.Subject;
    }

    public Guid Id { get; private set; }

    public string MunicipalityCode { get; private set; }

    public DecisionBody Body { get; private set; }

    public DecisionKind Kind { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public DecisionOutcome Outcome { get; private set; }

    public string? Reference { get; private set; }

    public string? Summary { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBySubject { get; private set; }

    public bool IsPositive => IsPositiveOutcome(Outcome);

    /// <summary>A correction: what the decision says is replaced; when and by whom it was first recorded stays.</summary>
    internal void Correct(DecisionFacts facts)
    {
        Body = facts.Body;
        Kind = facts.Kind;
        DecidedOn = facts.DecidedOn;
        Outcome = facts.Outcome;
        Reference = facts.Reference;
        Summary = facts.Summary;
    }

    public static bool IsPositiveOutcome(DecisionOutcome outcome) => outcome == DecisionOutcome.Positief;
}

/// <summary>What a decision says, before it is recorded.</summary>
public sealed record DecisionFacts(
    string MunicipalityCode,
    DecisionBody Body,
    DecisionKind Kind,
    DateOnly DecidedOn,
    DecisionOutcome Outcome,
    string? Reference = null,
    string? Summary = null);
