namespace Samenwerking.Application.Evaluations;

/// <summary>The evaluation just recorded, and the collaboration's new version for the ETag.</summary>
public sealed record EvaluationChange(EvaluationDto Evaluation, uint CollaborationVersion);
