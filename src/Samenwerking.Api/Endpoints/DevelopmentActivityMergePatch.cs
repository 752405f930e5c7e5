using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.DevelopmentActivities;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Api.Endpoints;

/// <summary>
/// A JSON Merge Patch (RFC 7396) correcting a development activity: a member sent replaces the current value, `null`
/// removes it, a member left out stays; `attendance` is replaced whole. The result is checked exactly as a correction
/// (PUT) is.
/// </summary>
/// <remarks>Only documents the body: the endpoint applies the patch to the current activity as JSON.</remarks>
[ConstraintsFrom(typeof(CorrectDevelopmentActivityRequest))]
public sealed record DevelopmentActivityMergePatch
{
    /// <summary>Training, masterclass, leergang or intervisie.</summary>
    public DevelopmentActivityKind? Kind { get; init; }

    /// <summary>What it was called; cannot be removed.</summary>
    public string? Title { get; init; }

    /// <summary>When it took place, or is planned; a held one not in the future.</summary>
    public DateOnly? HeldOn { get; init; }

    /// <summary>How many people took part: 1 to 10000 when held; 0 when planned or cancelled.</summary>
    public int? AttendeeCount { get; init; }

    /// <summary>`gepland`, `gehouden` or `geannuleerd`.</summary>
    public DevelopmentActivityStatus? Status { get; init; }

    /// <summary>How many attendees came from each participating municipality, replacing the current list whole; only when held.</summary>
    public IReadOnlyList<MunicipalAttendanceInput>? Attendance { get; init; }

    /// <summary>Anything worth keeping about it; null removes it.</summary>
    [MultiLineText]
    public string? Notes { get; init; }

    /// <summary>Why it is corrected, kept in the history (e.g. "onjuist geregistreerd"); no personal data.</summary>
    public string? Reason { get; init; }
}
