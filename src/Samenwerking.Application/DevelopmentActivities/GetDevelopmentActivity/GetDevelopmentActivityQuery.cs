using Mediator;

namespace Samenwerking.Application.DevelopmentActivities.GetDevelopmentActivity;

public sealed record GetDevelopmentActivityQuery(Guid CollaborationId, Guid ActivityId) : IQuery<DevelopmentActivityDto>;
