namespace Samenwerking.Application.DevelopmentActivities;

/// <summary>The activity just recorded, and the collaboration's new version for the ETag.</summary>
public sealed record DevelopmentActivityChange(DevelopmentActivityDto Activity, uint CollaborationVersion);
