using Samenwerking.Application.Common.Concurrency;
using Mediator;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations.RecordEvaluation;

/// <summary>An evaluation of a collaboration in doorontwikkeling against one framework.</summary>
public sealed record RecordEvaluationCommand : ICommand<EvaluationChange>, IEvaluationInput
{
    public Guid CollaborationId { get; init; }

    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>The framework whose criteria are scored; see `GET /evaluation-frameworks`.</summary>
    public Guid FrameworkId { get; init; }

    /// <summary>Date of the evaluation: not in the future, not before the collaboration started operating.</summary>
    public DateOnly EvaluatedOn { get; init; }

    /// <summary>Zelfevaluatie, extern or rekenkamer.</summary>
    public EvaluationKind Kind { get; init; }

    /// <summary>The organisation or person who evaluated.</summary>
    public string Evaluator { get; init; } = "";

    /// <summary>Every criterion of the framework exactly once: scored, or explicitly `nietBeoordeeld`.</summary>
    public IReadOnlyList<CriterionScoreInput> Scores { get; init; } = [];

    /// <summary>What the evaluation found.</summary>
    public string? Findings { get; init; }

    /// <summary>What it recommends; may be empty.</summary>
    public IReadOnlyList<RecommendationInput> Recommendations { get; init; } = [];
}
