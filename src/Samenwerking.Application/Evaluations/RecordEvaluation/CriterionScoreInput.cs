using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations.RecordEvaluation;

/// <summary>
/// How one criterion was judged: a `score` from 1 to 5 with an `explanation`, or `nietBeoordeeld: true`
/// with a `reason` and no score.
/// </summary>
/// <param name="Criterion">Code of a criterion of the framework, e.g. `kwaliteit`.</param>
/// <param name="Score">1 (poor) to 5 (excellent); leave out when not assessed.</param>
/// <param name="NietBeoordeeld">True to say explicitly that the criterion was not assessed; default false.</param>
/// <param name="Reason">Why it was not assessed; required with `nietBeoordeeld`, not allowed otherwise.</param>
/// <param name="Explanation">Why this score; required with a score.</param>
public sealed record CriterionScoreInput(
    string Criterion,
    int? Score = null,
    bool NietBeoordeeld = false,
    [property: MultiLineText] string? Reason = null,
    [property: MultiLineText] string? Explanation = null)
{
    public CriterionScore ToDomain() => NietBeoordeeld
        ? CriterionScore.NotAssessed(Criterion, Reason!)
        : CriterionScore.Scored(Criterion, Score!.Value, Explanation!);
}
