namespace Samenwerking.Api.Requests.Phases;

/// <summary>The date the collaboration started (or will start) operating, set during implementatie.</summary>
public sealed record SetOperatingSinceRequest
{
    /// <summary>The date; it may lie ahead while building, but implementatie can only end once it is reached.</summary>
    public DateOnly OperatingSince { get; init; }
}
