using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.History;

namespace Samenwerking.Domain.Events;

/// <summary>
/// One fact in a collaboration's life, raised with the history line that describes it: what kind of
/// change, the phase it left the collaboration in, and the municipalities concerned. Never the
/// personal data of role holders.
/// </summary>
/// <param name="MunicipalityCode">The municipality the change is about (joined, removed, withdrew, decided), if any.</param>
/// <param name="MunicipalityCodes">Every municipality that takes or took part, including <paramref name="MunicipalityCode"/>.</param>
public sealed record CollaborationChanged(
    Guid CollaborationId,
    HistoryEntryKind Kind,
    Phase Phase,
    Phase? PreviousPhase,
    string? MunicipalityCode,
    IReadOnlyList<string> MunicipalityCodes,
    Actor Actor,
    DateTimeOffset OccurredAt) : IDomainEvent;
