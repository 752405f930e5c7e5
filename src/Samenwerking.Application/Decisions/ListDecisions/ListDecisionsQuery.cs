using Mediator;

namespace Samenwerking.Application.Decisions.ListDecisions;

/// <summary>The decisions recorded for a collaboration, by date, optionally of one municipality.</summary>
public sealed record ListDecisionsQuery(Guid CollaborationId, string? Municipality) : IQuery<IReadOnlyList<DecisionDto>>;
