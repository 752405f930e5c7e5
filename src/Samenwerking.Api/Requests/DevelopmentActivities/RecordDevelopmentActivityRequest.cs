using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Api.Requests.DevelopmentActivities;

/// <summary>A training, masterclass, leergang or intervisie that took place.</summary>
public sealed record RecordDevelopmentActivityRequest
{
    /// <summary>Training, masterclass, leergang or intervisie.</summary>
    public DevelopmentActivityKind Kind { get; init; }

    /// <summary>What it was called.</summary>
    public string Title { get; init; } = "";

    /// <summary>When it took place (for a series, the first day); not in the future, not before the collaboration started operating.</summary>
    public DateOnly HeldOn { get; init; }

    /// <summary>How many people took part: 1 to 10000.</summary>
    public int AttendeeCount { get; init; }

    /// <summary>Anything worth keeping about it.</summary>
    [MultiLineText]
    public string? Notes { get; init; }
}
