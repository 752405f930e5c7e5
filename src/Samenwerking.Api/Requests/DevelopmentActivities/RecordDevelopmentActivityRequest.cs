using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Api.Requests.DevelopmentActivities;

/// <summary>A training, masterclass, leergang or intervisie that took place, or is planned.</summary>
public sealed record RecordDevelopmentActivityRequest
{
    /// <summary>Training, masterclass, leergang or intervisie.</summary>
    public DevelopmentActivityKind Kind { get; init; }

    /// <summary>What it was called.</summary>
    public string Title { get; init; } = "";

    /// <summary>When it took place, or is planned (for a series, the first day); a held one not in the future.</summary>
    public DateOnly HeldOn { get; init; }

    /// <summary>How many people took part: 1 to 10000 when held; left out (0) when planned.</summary>
    public int AttendeeCount { get; init; }

    /// <summary>`gehouden` (when left out) or `gepland`, planned with a date that may lie in the future.</summary>
    public DevelopmentActivityStatus? Status { get; init; }

    /// <summary>How many of the attendees came from each participating municipality (numbers, no names); only when held.</summary>
    public IReadOnlyList<MunicipalAttendanceInput> Attendance { get; init; } = [];

    /// <summary>Anything worth keeping about it.</summary>
    [MultiLineText]
    public string? Notes { get; init; }
}
