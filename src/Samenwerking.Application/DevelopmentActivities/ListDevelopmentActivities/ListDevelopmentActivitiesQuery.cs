using Mediator;

namespace Samenwerking.Application.DevelopmentActivities.ListDevelopmentActivities;

/// <summary>A collaboration's development activities, most recent first.</summary>
public sealed record ListDevelopmentActivitiesQuery(Guid CollaborationId) : IQuery<IReadOnlyList<DevelopmentActivityDto>>;
