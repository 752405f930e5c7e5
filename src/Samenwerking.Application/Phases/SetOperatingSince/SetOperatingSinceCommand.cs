using Samenwerking.Application.Common.Concurrency;
using Mediator;
using Samenwerking.Application.Collaborations.Shared;

namespace Samenwerking.Application.Phases.SetOperatingSince;

/// <summary>The date the collaboration started (or will start) operating, set during implementatie.</summary>
public sealed record SetOperatingSinceCommand : ICommand<Versioned<CollaborationDto>>
{
    public Guid CollaborationId { get; init; }

    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>The date; it may lie ahead while building, but implementatie can only end once it is reached.</summary>
    public DateOnly OperatingSince { get; init; }
}
