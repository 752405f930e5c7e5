using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Collaborations.Dissolve;

/// <summary>Ends an operating collaboration (opheffing), or corrects the date and reason of its dissolution.</summary>
public sealed record DissolveCollaborationCommand : ICommand<Versioned<CollaborationDto>>
{
    public Guid CollaborationId { get; init; }

    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>The date it ended; not in the future, not before it started operating.</summary>
    public DateOnly EndedOn { get; init; }

    /// <summary>Why it ended (kept in the history and shown with the collaboration).</summary>
    public string Reason { get; init; } = "";
}
