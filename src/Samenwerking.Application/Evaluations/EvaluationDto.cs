using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations;

/// <summary>An evaluation of a collaboration against one framework, compared with the previous one on that framework.</summary>
public sealed record EvaluationDto
{
    /// <summary>Identifier of the evaluation.</summary>
    public required Guid Id { get; init; }

    /// <summary>The collaboration evaluated.</summary>
    public required Guid CollaborationId { get; init; }

    /// <summary>The framework whose criteria were scored.</summary>
    public required Guid FrameworkId { get; init; }

    /// <summary>Name of that framework.</summary>
    public required string FrameworkName { get; init; }

    /// <summary>Date of the evaluation.</summary>
    public required DateOnly EvaluatedOn { get; init; }

    /// <summary>Zelfevaluatie, extern or rekenkamer.</summary>
    public required EvaluationKind Kind { get; init; }

    /// <summary>The organisation or person who evaluated.</summary>
    public required string Evaluator { get; init; }

    /// <summary>Mean of the scored criteria, to two decimals; criteria not assessed do not count. Null when none was scored.</summary>
    public required decimal? MeanScore { get; init; }

    /// <summary>Every criterion of the framework, in its order: scored or not assessed, with the change since the previous evaluation.</summary>
    public required IReadOnlyList<CriterionScoreDto> Scores { get; init; }

    /// <summary>What the evaluation found.</summary>
    public required string? Findings { get; init; }

    /// <summary>What it recommends.</summary>
    public required IReadOnlyList<RecommendationDto> Recommendations { get; init; }

    /// <summary>The evaluation with the same framework this one is compared with; null for the first.</summary>
    public required Guid? PreviousEvaluationId { get; init; }

    /// <summary>When it was recorded (UTC).</summary>
    public required DateTimeOffset RecordedAt { get; init; }
}

/// <summary>How one criterion was judged, and how that compares with the previous evaluation on the same framework.</summary>
/// <param name="Criterion">Code of the criterion.</param>
/// <param name="CriterionName">Name of the criterion.</param>
/// <param name="Score">1 (poor) to 5 (excellent); null when not assessed.</param>
/// <param name="NietBeoordeeld">True when the criterion was explicitly not assessed.</param>
/// <param name="Reason">Why it was not assessed; null when scored.</param>
/// <param name="Explanation">Why this score; null when not assessed.</param>
/// <param name="PreviousScore">The previous evaluation's score on this criterion; null when there was none or it was not assessed then.</param>
/// <param name="Change">Score minus previous score (positive is better); null unless both were scored.</param>
public sealed record CriterionScoreDto(
    string Criterion,
    string CriterionName,
    int? Score,
    bool NietBeoordeeld,
    string? Reason,
    string? Explanation,
    int? PreviousScore,
    int? Change);

/// <summary>A recommendation and, when named, who is to act on it.</summary>
/// <param name="Text">The recommendation.</param>
/// <param name="Owner">Who is to act on it; null when not named.</param>
public sealed record RecommendationDto(string Text, string? Owner);
