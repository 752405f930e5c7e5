using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.Decisions;
using Samenwerking.Domain.Decisions;

namespace Samenwerking.Api.Endpoints;

/// <summary>
/// A JSON Merge Patch (RFC 7396) correcting a decision: a member sent replaces the current value, `null` removes it,
/// a member left out stays. The result is checked exactly as a correction (PUT) is.
/// </summary>
/// <remarks>Only documents the body: the endpoint applies the patch to the current decision as JSON.</remarks>
[ConstraintsFrom(typeof(CorrectDecisionRequest))]
public sealed record DecisionMergePatch
{
    /// <summary>The deciding body; cannot be removed.</summary>
    public DecisionBody? Body { get; init; }

    /// <summary>What kind of decision; cannot be removed.</summary>
    public DecisionKind? Kind { get; init; }

    /// <summary>Date of the decision, not in the future; cannot be removed.</summary>
    public DateOnly? DecidedOn { get; init; }

    /// <summary>Positive or negative; cannot be removed.</summary>
    public DecisionOutcome? Outcome { get; init; }

    /// <summary>Number or link of the published text; null removes it.</summary>
    public string? Reference { get; init; }

    /// <summary>Short summary; null removes it.</summary>
    public string? Summary { get; init; }

    /// <summary>Why it is corrected, kept in the history (e.g. "onjuist geregistreerd"); no personal data.</summary>
    public string? Reason { get; init; }
}
