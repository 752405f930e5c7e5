using Samenwerking.Domain.History;

namespace Samenwerking.Application.History.ListHistory;

/// <summary>Something that happened to a collaboration.</summary>
/// <param name="Kind">What kind of event.</param>
/// <param name="Summary">What happened, in a sentence.</param>
/// <param name="ActorName">Who did it (the token's name).</param>
/// <param name="ActorSubject">The token's subject of who did it.</param>
/// <param name="OccurredAt">When (UTC).</param>
public sealed record HistoryEntryDto(HistoryEntryKind Kind, string Summary, string ActorName, string ActorSubject, DateTimeOffset OccurredAt);
