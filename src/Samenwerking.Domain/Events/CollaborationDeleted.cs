using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.Events;

/// <summary>
/// A collaboration disappeared (only possible in verkenning). The event outlives the collaboration: it
/// keeps who deleted it, when, and which municipalities took part.
/// </summary>
public sealed record CollaborationDeleted(
    Guid CollaborationId,
    string Name,
    IReadOnlyList<string> MunicipalityCodes,
    Actor Actor,
    DateTimeOffset OccurredAt) : IDomainEvent;
