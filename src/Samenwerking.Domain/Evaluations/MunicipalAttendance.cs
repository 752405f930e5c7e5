namespace Samenwerking.Domain.Evaluations;

/// <summary>How many people from one municipality attended a held activity: a number, never names.</summary>
/// <param name="MunicipalityCode">CBS code of a municipality that takes or took part in the collaboration.</param>
/// <param name="AttendeeCount">How many people came from it: at least 1.</param>
public sealed record MunicipalAttendance(string MunicipalityCode, int AttendeeCount)
{
    /// <summary>
    /// Whether a held activity's numbers add up: 1 to <see cref="DevelopmentActivity.MaxAttendeeCount"/> people, each
    /// municipality once with at least one, and no more from the municipalities than came in all (others, such as the
    /// collaboration's own staff, may come too). Validators ask this, so a client hears it in one 400 with the rest.
    /// </summary>
    public static bool Fits(int attendeeCount, IReadOnlyList<MunicipalAttendance> attendance) =>
        attendeeCount is >= 1 and <= DevelopmentActivity.MaxAttendeeCount
        && attendance.All(a => a.AttendeeCount >= 1)
        && attendance.Select(a => a.MunicipalityCode).Distinct(StringComparer.Ordinal).Count() == attendance.Count
        && attendance.Sum(a => (long)a.AttendeeCount) <= attendeeCount;
}
