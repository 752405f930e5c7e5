namespace Samenwerking.Api.Requests.Phases;

/// <summary>The date the collaboration started (or will start) operating, set during implementatie and corrected later.</summary>
public sealed record SetOperatingSinceRequest
{
    /// <summary>The date; it may lie ahead while building, but implementatie can only end once it is reached.</summary>
    public DateOnly OperatingSince { get; init; }

    /// <summary>Why an earlier date is corrected, kept in the history (e.g. "onjuist geregistreerd"); no personal data.</summary>
    public string? Reason { get; init; }
}
