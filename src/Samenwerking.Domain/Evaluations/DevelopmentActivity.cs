using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.Evaluations;

/// <summary>
/// A training, masterclass, leergang or intervisie that builds the collaboration skills of the people
/// involved, in any phase: planned ahead (<see cref="DevelopmentActivityStatus.Gepland"/>), then held or cancelled.
/// A held one keeps how many people came, and from which municipality (numbers, never names).
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
        RecordedAt = change.Now;
        RecordedBySubject = change.Actor.Subject;
        Correct(facts);
    }

    private List<MunicipalAttendance> attendance = [];

    public Guid Id { get; private set; }

    public Guid CollaborationId { get; private set; }

    public DevelopmentActivityKind Kind { get; private set; }

    public string Title { get; private set; }

    public DateOnly HeldOn { get; private set; }

    /// <summary>How many people took part (not municipalities: people); 0 until it is held.</summary>
    public int AttendeeCount { get; private set; }

    public DevelopmentActivityStatus Status { get; private set; }

    /// <summary>How many of the attendees came from each municipality, as far as known; empty until it is held.</summary>
    public IReadOnlyList<MunicipalAttendance> Attendance => attendance;

    public string? Notes { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBySubject { get; private set; }

    internal void Hold(DateOnly heldOn, int attendeeCount, IReadOnlyList<MunicipalAttendance> attendanceByMunicipality)
    {
        Status = DevelopmentActivityStatus.Gehouden;
        HeldOn = heldOn;
        AttendeeCount = attendeeCount;
        attendance = [.. attendanceByMunicipality];
    }

    internal void Cancel() => Status = DevelopmentActivityStatus.Geannuleerd;

    /// <summary>Replaces what the activity says, its status included; when and by whom it was first recorded stays.</summary>
    internal void Correct(DevelopmentActivityFacts facts)
    {
        Kind = facts.Kind;
        Title = facts.Title.Trim();
        HeldOn = facts.HeldOn;
        AttendeeCount = facts.AttendeeCount;
        Status = facts.Status;
        attendance = [.. facts.Attendance];
        Notes = string.IsNullOrWhiteSpace(facts.Notes) ? null : facts.Notes.Trim();
    }
}

/// <summary>What is said about a development activity, before it is recorded; held unless said otherwise, as before planning existed.</summary>
public sealed record DevelopmentActivityFacts(DevelopmentActivityKind Kind, string Title, DateOnly HeldOn, int AttendeeCount, string? Notes = null)
{
    public DevelopmentActivityStatus Status { get; init; } = DevelopmentActivityStatus.Gehouden;

    public IReadOnlyList<MunicipalAttendance> Attendance { get; init; } = [];

    public bool IsComplete => !string.IsNullOrWhiteSpace(Title) && Title.Trim().Length <= DevelopmentActivity.MaxTitleLength
                              && (Notes is null || Notes.Length <= DevelopmentActivity.MaxNotesLength)
                              && Status switch
                              {
                                  DevelopmentActivityStatus.Gehouden => MunicipalAttendance.Fits(AttendeeCount, Attendance),
                                  DevelopmentActivityStatus.Gepland or DevelopmentActivityStatus.Geannuleerd => AttendeeCount == 0 && Attendance.Count == 0,
                                  _ => false,
                              };
}
