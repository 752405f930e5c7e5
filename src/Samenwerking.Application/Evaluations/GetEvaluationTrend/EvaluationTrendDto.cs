namespace Samenwerking.Application.Evaluations.GetEvaluationTrend;

/// <summary>
/// A collaboration's scores over time on one framework, per criterion: each criterion a series with a
/// point for every evaluation on the framework, oldest first, ready to draw as lines in a chart.
/// </summary>
/// <param name="FrameworkId">The framework.</param>
/// <param name="FrameworkName">Its name.</param>
/// <param name="Criteria">One series per criterion, in the framework's order.</param>
public sealed record EvaluationTrendDto(Guid FrameworkId, string FrameworkName, IReadOnlyList<CriterionTrendDto> Criteria);

/// <summary>One criterion's scores over time.</summary>
/// <param name="Criterion">Code of the criterion.</param>
/// <param name="Name">Name of the criterion.</param>
/// <param name="Points">One point per evaluation, oldest first; every series has the same dates.</param>
public sealed record CriterionTrendDto(string Criterion, string Name, IReadOnlyList<TrendPointDto> Points);

/// <summary>One evaluation's score on a criterion.</summary>
/// <param name="EvaluationId">The evaluation.</param>
/// <param name="EvaluatedOn">Its date.</param>
/// <param name="Score">1 to 5; null when the criterion was not assessed that time (a gap in the line).</param>
public sealed record TrendPointDto(Guid EvaluationId, DateOnly EvaluatedOn, int? Score);
