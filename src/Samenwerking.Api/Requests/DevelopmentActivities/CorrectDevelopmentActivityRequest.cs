using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Api.Requests.DevelopmentActivities;

/// <summary>What a recorded development activity really was or is, its status included.</summary>
public sealed record CorrectDevelopmentActivityRequest
{
    /// <summary>Training, masterclass, leergang or intervisie.</summary>
    public DevelopmentActivityKind Kind { get; init; }

    /// <summary>What it was called.</summary>
    public string Title { get; init; } = "";

    /// <summary>When it took place, or is planned (for a series, the first day); a held one not in the future.</summary>
    public DateOnly HeldOn { get; init; }

    /// <summary>How many people took part: 1 to 10000 when held; left out (0) when planned or cancelled.</summary>
    public int AttendeeCount { get; init; }

    /// <summary>`gepland`, `gehouden` or `geannuleerd`.</summary>
    public DevelopmentActivityStatus Status { get; init; }

    /// <summary>How many of the attendees came from each participating municipality (numbers, no names); only when held.</summary>
    public IReadOnlyList<MunicipalAttendanceInput> Attendance { get; init; } = [];

    /// <summary>Anything worth keeping about it.</summary>
    [MultiLineText]
    public string? Notes { get; init; }

    /// <summary>Why it is corrected, kept in the history (e.g. "onjuist geregistreerd"); no personal data.</summary>
    public string? Reason { get; init; }
}
