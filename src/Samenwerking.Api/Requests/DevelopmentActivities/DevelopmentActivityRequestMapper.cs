using Riok.Mapperly.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.DevelopmentActivities.CorrectDevelopmentActivity;
using Samenwerking.Application.DevelopmentActivities.RecordDevelopmentActivity;
using Samenwerking.Application.DevelopmentActivities.SetDevelopmentActivityStatus;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Api.Requests.DevelopmentActivities;

/// <summary>A development activity's request body becomes a command, with what the route and the headers say.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class DevelopmentActivityRequestMapper
{
    public static partial RecordDevelopmentActivityCommand ToCommand(this RecordDevelopmentActivityRequest request, Guid collaborationId,
        VersionCondition? expectedVersion);

    public static partial SetDevelopmentActivityStatusCommand ToCommand(this SetDevelopmentActivityStatusRequest request, Guid collaborationId,
        Guid activityId, VersionCondition? expectedVersion);

    public static partial CorrectDevelopmentActivityCommand ToCommand(this CorrectDevelopmentActivityRequest request, Guid collaborationId,
        Guid activityId, VersionCondition? expectedVersion);

    // A null item stays null, so the validator names it (input screening validates a body whose lists hold nulls).
    private static MunicipalAttendance ToAttendance(MunicipalAttendanceInput attendance) =>
        attendance is null ? null! : new MunicipalAttendance(attendance.MunicipalityCode, attendance.AttendeeCount);
}
