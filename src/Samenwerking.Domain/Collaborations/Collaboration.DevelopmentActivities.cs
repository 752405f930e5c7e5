using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Collaborations;

public sealed partial class Collaboration
{
    /// <summary>
    /// Plans or records a training, masterclass, leergang or intervisie, in any phase: developing collaboration skills
    /// goes on from the first exploration on. A held one is dated today or earlier; a planned one on any day.
    /// </summary>
    public DevelopmentActivity RecordDevelopmentActivity(DevelopmentActivityFacts facts, ChangeContext change)
    {
        EnsureNotEnded();
        if (facts.Status == DevelopmentActivityStatus.Geannuleerd)
        {
            throw new ArgumentException("An activity is recorded held or planned; a planned one is cancelled later.", nameof(facts));
        }

        EnsureFitting(facts, change.Today);
        var activity = new DevelopmentActivity(Id, facts, change);
        developmentActivities.Add(activity);
        RecordChange(HistoryEntryKind.DevelopmentActivityRecorded, facts.Status == DevelopmentActivityStatus.Gepland
                ? $"{DomainTerms.Of(facts.Kind)} '{activity.Title}' planned on {facts.HeldOn:yyyy-MM-dd}."
                : $"{DomainTerms.Of(facts.Kind)} '{activity.Title}' on {facts.HeldOn:yyyy-MM-dd} with {facts.AttendeeCount} attendee(s) recorded.",
            change, subjectId: activity.Id);
        return activity;
    }

    /// <summary>A planned activity took place (on its planned day or <paramref name="heldOn"/>), with who came from where.</summary>
    public void HoldDevelopmentActivity(DevelopmentActivity activity, DateOnly? heldOn, int attendeeCount,
        IReadOnlyList<MunicipalAttendance> attendance, ChangeContext change)
    {
        EnsurePlanned(activity);
        var on = heldOn ?? activity.HeldOn;
        EnsureHeldByNow(on, change.Today);
        if (!MunicipalAttendance.Fits(attendeeCount, attendance))
        {
            throw new ArgumentException("A held activity has attendees that add up.", nameof(attendance));
        }

        EnsureAttendedByParticipants(attendance);
        activity.Hold(on, attendeeCount, attendance);
        RecordChange(HistoryEntryKind.DevelopmentActivityStatusChanged,
            $"{DomainTerms.Of(activity.Kind)} '{activity.Title}' held on {on:yyyy-MM-dd} with {attendeeCount} attendee(s).", change, subjectId: activity.Id);
    }

    /// <summary>A planned activity will not take place.</summary>
    public void CancelDevelopmentActivity(DevelopmentActivity activity, ChangeContext change)
    {
        EnsurePlanned(activity);
        activity.Cancel();
        RecordChange(HistoryEntryKind.DevelopmentActivityStatusChanged,
            $"{DomainTerms.Of(activity.Kind)} '{activity.Title}' planned on {activity.HeldOn:yyyy-MM-dd} cancelled.", change, subjectId: activity.Id);
    }

    /// <summary>What is said about an activity holds together: a held one took place by now, and the numbers add up.</summary>
    private void EnsureFitting(DevelopmentActivityFacts facts, DateOnly today)
    {
        if (facts.Status == DevelopmentActivityStatus.Gehouden)
        {
            EnsureHeldByNow(facts.HeldOn, today);
        }

        if (!facts.IsComplete)
        {
            throw new ArgumentException("An activity has a title; a held one attendees that add up, a planned or cancelled one none.", nameof(facts));
        }

        EnsureAttendedByParticipants(facts.Attendance);
    }

    private void EnsurePlanned(DevelopmentActivity activity)
    {
        EnsureNotEnded();
        if (activity.CollaborationId != Id)
        {
            throw new PartNotFoundException("Development activity", activity.Id.ToString());
        }

        if (activity.Status != DevelopmentActivityStatus.Gepland)
        {
            throw Refusals.DevelopmentActivityNotPlanned.Because(new Text(
                $"'{activity.Title}' is {DomainTerms.Of(activity.Status)}; only a planned (gepland) activity can be held or cancelled.",
                $"'{activity.Title}' is {DomainTerms.Of(activity.Status)}; alleen een geplande activiteit kan worden gehouden of geannuleerd."));
        }
    }

    private static void EnsureHeldByNow(DateOnly heldOn, DateOnly today) =>
        RecordedDates.EnsureNotInTheFuture(heldOn, today, new Text(
            $"An activity is recorded as held once it took place, not in advance ({heldOn:yyyy-MM-dd}); plan it (gepland) instead.",
            $"Een activiteit wordt als gehouden vastgelegd nadat ze heeft plaatsgevonden, niet vooraf ({heldOn:yyyy-MM-dd}); plan haar (gepland) in plaats daarvan."));

    /// <summary>Attendance is counted for the collaboration's own municipalities, present or former.</summary>
    private void EnsureAttendedByParticipants(IEnumerable<MunicipalAttendance> attendance)
    {
        if (attendance.FirstOrDefault(a => !HasParticipated(a.MunicipalityCode)) is { } outsider)
        {
            throw Refusals.AttendanceOfNonParticipant.Because(new Text(
                    $"{outsider.MunicipalityCode} does not take part in the collaboration; count its attendees among the others.",
                    $"{outsider.MunicipalityCode} neemt niet deel aan de samenwerking; tel haar aanwezigen bij de overigen."),
                new Dictionary<string, object?> { ["municipalityCode"] = outsider.MunicipalityCode });
        }
    }
}
