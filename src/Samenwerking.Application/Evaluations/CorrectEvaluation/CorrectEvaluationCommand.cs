using Mediator;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Evaluations.RecordEvaluation;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations.CorrectEvaluation;

/// <summary>Replaces what a recorded evaluation says; it stays an evaluation against the same framework.</summary>
public sealed record CorrectEvaluationCommand : ICommand<EvaluationChange>, IEvaluationInput
{
    public Guid CollaborationId { get; init; }

    public Guid EvaluationId { get; init; }

    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>Date of the evaluation: not in the future, not before the collaboration started operating.</summary>
    public DateOnly EvaluatedOn { get; init; }

    /// <summary>Zelfevaluatie, extern or rekenkamer.</summary>
    public EvaluationKind Kind { get; init; }

    /// <summary>The organisation or person who evaluated.</summary>
    public string Evaluator { get; init; } = "";

    /// <summary>Every criterion of the evaluation's framework exactly once: scored, or explicitly `nietBeoordeeld`.</summary>
    public IReadOnlyList<CriterionScoreInput> Scores { get; init; } = [];

    /// <summary>What the evaluation found.</summary>
    public string? Findings { get; init; }

    /// <summary>What it recommends; may be empty.</summary>
    public IReadOnlyList<RecommendationInput> Recommendations { get; init; } = [];

    /// <summary>Why it is corrected (kept in the history, e.g. "onjuist geregistreerd").</summary>
    public string? Reason { get; init; }
}
