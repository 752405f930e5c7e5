namespace Samenwerking.Api.PublicRegister;

/// <summary>One evaluation as the collaboration's page shows it: when, on which framework, what kind, and its mean score.</summary>
public sealed record EvaluationPoint(DateOnly EvaluatedOn, string FrameworkName, string Kind, decimal? MeanScore);
