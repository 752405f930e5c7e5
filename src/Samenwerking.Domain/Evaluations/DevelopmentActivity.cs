using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.Evaluations;

/// <summary>
/// A training, masterclass, leergang or intervisie that builds the collaboration skills of the people
/// involved: the other half of doorontwikkeling, shown next to the evaluations.
/// </summary>
public sealed class DevelopmentActivity
{
    public const int MaxTitleLength = 200;
    public const int MaxNotesLength = 4000;
    public const int MaxAttendeeCount = 10_000;

    private DevelopmentActivity()
    {
        Title = "";
        RecordedBySubject = "";
    }

    internal DevelopmentActivity(Guid collaborationId, DevelopmentActivityFacts facts, ChangeContext change) : this()
    {
        Id = Guid.CreateVersion7();
        CollaborationId = collaborationId;
        Kind = facts.Kind;
        Title = facts.Title.Trim();
        HeldOn = facts.HeldOn;
        AttendeeCount = facts.AttendeeCount;
        Notes = string.IsNullOrWhiteSpace(facts.Notes) ? null : facts.Notes.Trim();
        RecordedAt = change.Now;
        RecordedBySubject = change.Actor.Subject;
    }

    public Guid Id { get; private set; }

    public Guid CollaborationId { get; private set; }

    public DevelopmentActivityKind Kind { get; private set; }

    public string Title { get; private set; }

    public DateOnly HeldOn { get; private set; }

    /// <summary>How many people took part (not municipalities: people).</summary>
    public int AttendeeCount { get; private set; }

    public string? Notes { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBySubject { get; private set; }
}

/// <summary>What is said about a development activity, before it is recorded.</summary>
public sealed record DevelopmentActivityFacts(DevelopmentActivityKind Kind, string Title, DateOnly HeldOn, int AttendeeCount, string? Notes = null)
{
    public bool IsComplete => !string.IsNullOrWhiteSpace(Title) && Title.Trim().Length <= DevelopmentActivity.MaxTitleLength
                              && AttendeeCount is >= 1 and <= DevelopmentActivity.MaxAttendeeCount
                              && (Notes is null || Notes.Length <= DevelopmentActivity.MaxNotesLength);
}
