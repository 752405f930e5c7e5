using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Api.Requests.DevelopmentActivities;

/// <summary>A planned activity was held, with its attendance, or cancelled.</summary>
public sealed record SetDevelopmentActivityStatusRequest
{
    /// <summary>`gehouden` or `geannuleerd`.</summary>
    public DevelopmentActivityStatus Status { get; init; }

    /// <summary>When it was held, if not on the planned day; only for `gehouden`, not in the future.</summary>
    public DateOnly? HeldOn { get; init; }

    /// <summary>How many people took part: 1 to 10000 for `gehouden`; left out for `geannuleerd`.</summary>
    public int AttendeeCount { get; init; }

    /// <summary>How many of them came from each participating municipality (numbers, no names); only for `gehouden`.</summary>
    public IReadOnlyList<MunicipalAttendanceInput> Attendance { get; init; } = [];
}
