namespace Samenwerking.Api.Requests.DevelopmentActivities;

/// <summary>How many people from one municipality attended: a number, never names.</summary>
public sealed record MunicipalAttendanceInput
{
    /// <summary>CBS code of a municipality that takes or took part in the collaboration.</summary>
    public string MunicipalityCode { get; init; } = "";

    /// <summary>How many people came from it: 1 to 10000.</summary>
    public int AttendeeCount { get; init; }
}
