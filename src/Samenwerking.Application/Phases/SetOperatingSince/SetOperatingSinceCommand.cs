using Samenwerking.Application.Common.Concurrency;
using Mediator;
using Samenwerking.Application.Collaborations.Shared;

namespace Samenwerking.Application.Phases.SetOperatingSince;

/// <summary>The date the collaboration started (or will start) operating, set during implementatie and corrected later.</summary>
public sealed record SetOperatingSinceCommand : ICommand<Versioned<CollaborationDto>>
{
    public Guid CollaborationId { get; init; }

    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>The date; it may lie ahead while building, but implementatie can only end once it is reached.</summary>
    public DateOnly OperatingSince { get; init; }

    /// <summary>Why an earlier date is corrected (kept in the history, e.g. "onjuist geregistreerd").</summary>
    public string? Reason { get; init; }
}
