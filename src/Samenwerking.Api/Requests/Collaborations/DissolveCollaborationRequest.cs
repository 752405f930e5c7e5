namespace Samenwerking.Api.Requests.Collaborations;

/// <summary>The end of an operating collaboration (opheffing): when and why.</summary>
public sealed record DissolveCollaborationRequest
{
    /// <summary>The date it ended; not in the future, not before it started operating.</summary>
    public DateOnly EndedOn { get; init; }

    /// <summary>Why it ended (kept in the history and shown with the collaboration); no personal data.</summary>
    public string Reason { get; init; } = "";
}
