using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.Evaluations;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Evaluations.RecordEvaluation;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Api.Endpoints;

/// <summary>
/// A JSON Merge Patch (RFC 7396) correcting an evaluation: a member sent replaces the current value, `null` removes it,
/// a member left out stays; `scores` and `recommendations` are replaced whole. The result is checked exactly as a
/// correction (PUT) is: every criterion of the framework once.
/// </summary>
/// <remarks>Only documents the body: the endpoint applies the patch to the current evaluation as JSON.</remarks>
[ConstraintsFrom(typeof(CorrectEvaluationRequest))]
public sealed record EvaluationMergePatch
{
    /// <summary>Date of the evaluation: not in the future, not before the collaboration started operating.</summary>
    public DateOnly? EvaluatedOn { get; init; }

    /// <summary>Zelfevaluatie, extern or rekenkamer.</summary>
    public EvaluationKind? Kind { get; init; }

    /// <summary>The organisation or person who evaluated; cannot be removed.</summary>
    public string? Evaluator { get; init; }

    /// <summary>Every criterion of the framework exactly once, replacing the current scores whole.</summary>
    public IReadOnlyList<CriterionScoreInput>? Scores { get; init; }

    /// <summary>What the evaluation found; null removes it.</summary>
    [MultiLineText]
    public string? Findings { get; init; }

    /// <summary>What it recommends, replacing the current list whole.</summary>
    public IReadOnlyList<RecommendationInput>? Recommendations { get; init; }

    /// <summary>Why it is corrected, kept in the history (e.g. "onjuist geregistreerd"); no personal data.</summary>
    public string? Reason { get; init; }
}
