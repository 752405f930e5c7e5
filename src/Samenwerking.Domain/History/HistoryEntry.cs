using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.History;

/// <summary>
/// One line of a collaboration's timeline, written in the same transaction as the change it
/// describes. The summary never repeats personal data that may later be removed.
/// </summary>
public sealed class HistoryEntry
{
    public const int MaxSummaryLength = 1000;

    private HistoryEntry()
    {
        Summary = "";
        ActorSubject = "";
        ActorName = "";
    }

    internal HistoryEntry(HistoryEntryKind kind, string summary, ChangeContext change, HistorySubject subject)
    {
        SubjectId = subject.Id;
        MunicipalityCode = subject.MunicipalityCode;
        Id = Guid.CreateVersion7();
        Kind = kind;
        Summary = summary.Length > MaxSummaryLength ? summary[..MaxSummaryLength] : summary;
        ActorSubject = change.Actor.Subject;
        ActorName = change.Actor.Name;
        OccurredAt = change.Now;
    }

    public Guid Id { get; private set; }

    public HistoryEntryKind Kind { get; private set; }

    public string Summary { get; private set; }

    public string ActorSubject { get; private set; }

    public string ActorName { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>
    /// The decision, role, phase transition, evaluation or development activity the entry is about, as <see cref="Kind"/>
    /// says; null for other kinds, and for entries written before subjects were kept when it could not be traced.
    /// </summary>
    public Guid? SubjectId { get; private set; }

    /// <summary>The municipality the entry is about (a participant's change, a decision), when it is about one.</summary>
    public string? MunicipalityCode { get; private set; }
}
