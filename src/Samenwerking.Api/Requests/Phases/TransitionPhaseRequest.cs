using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Api.Requests.Phases;

/// <summary>Move the collaboration to the next phase.</summary>
public sealed record TransitionPhaseRequest
{
    /// <summary>The phase to move to: only the next one is allowed.</summary>
    public Phase To { get; init; }

    /// <summary>Date the new phase begins; default today. Not in the future, not before the current phase began.</summary>
    public DateOnly? EffectiveOn { get; init; }

    /// <summary>Why the collaboration moves on.</summary>
    [MultiLineText]
    public string Rationale { get; init; } = "";
}
