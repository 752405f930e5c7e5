using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities;

/// <summary>An activity that developed the collaboration skills of the people involved.</summary>
/// <param name="Id">Identifier of the activity.</param>
/// <param name="CollaborationId">The collaboration it belongs to.</param>
/// <param name="Kind">Training, masterclass, leergang or intervisie.</param>
/// <param name="Title">What it was called.</param>
/// <param name="HeldOn">When it took place, or is planned (for a series, the first day).</param>
/// <param name="AttendeeCount">How many people took part; 0 while planned or when cancelled.</param>
/// <param name="Notes">Anything worth keeping about it.</param>
/// <param name="RecordedAt">When it was recorded (UTC).</param>
/// <param name="Status">Gepland, gehouden or geannuleerd.</param>
/// <param name="Attendance">How many attendees came from each participating municipality, once held.</param>
public sealed record DevelopmentActivityDto(
    Guid Id,
    Guid CollaborationId,
    DevelopmentActivityKind Kind,
    string Title,
    DateOnly HeldOn,
    int AttendeeCount,
    string? Notes,
    DateTimeOffset RecordedAt,
    DevelopmentActivityStatus Status,
    IReadOnlyList<MunicipalAttendance> Attendance);

