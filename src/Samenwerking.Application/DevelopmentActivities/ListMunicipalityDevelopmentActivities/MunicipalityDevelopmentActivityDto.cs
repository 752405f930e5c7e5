using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities.ListMunicipalityDevelopmentActivities;

/// <summary>A training, masterclass, leergang or intervisie of one of the municipality's collaborations.</summary>
/// <param name="Id">Identifier of the activity.</param>
/// <param name="CollaborationId">The collaboration it belongs to.</param>
/// <param name="CollaborationName">That collaboration's name.</param>
/// <param name="Kind">Training, masterclass, leergang or intervisie.</param>
/// <param name="Title">What it is called.</param>
/// <param name="HeldOn">When it took place, or is planned.</param>
/// <param name="Status">Gepland, gehouden or geannuleerd.</param>
/// <param name="AttendeeCount">How many people took part; 0 while planned or when cancelled.</param>
/// <param name="Attendance">How many attendees came from each participating municipality, once held.</param>
public sealed record MunicipalityDevelopmentActivityDto(
    Guid Id,
    Guid CollaborationId,
    string CollaborationName,
    DevelopmentActivityKind Kind,
    string Title,
    DateOnly HeldOn,
    DevelopmentActivityStatus Status,
    int AttendeeCount,
    IReadOnlyList<MunicipalAttendance> Attendance);
