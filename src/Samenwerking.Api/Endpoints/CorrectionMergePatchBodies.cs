using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.DevelopmentActivities;
using Samenwerking.Api.Requests.Decisions;
using Samenwerking.Api.Requests.Evaluations;
using Samenwerking.Api.Requests.Roles;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Evaluations.RecordEvaluation;
using Samenwerking.Domain.Decisions;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.Roles;

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

/// <summary>
/// A JSON Merge Patch (RFC 7396) correcting an evaluation: a member sent replaces the current value, `null` removes it,
/// a member left out stays; `scores` and `recommendations` are replaced whole. The result is checked exactly as a
/// correction (PUT) is: every criterion of the framework once.
/// </summary>
/// <remarks>Only documents the body: the endpoint applies the patch to the current evaluation as JSON.</remarks>
[ConstraintsFrom(typeof(CorrectEvaluationRequest))]
public sealed record EvaluationMergePatch
{
    /// <summary>Date of the evaluation: not in the future, not before the collaboration started operating.</summary>
    public DateOnly? EvaluatedOn { get; init; }

    /// <summary>Zelfevaluatie, extern or rekenkamer.</summary>
    public EvaluationKind? Kind { get; init; }

    /// <summary>The organisation or person who evaluated; cannot be removed.</summary>
    public string? Evaluator { get; init; }

    /// <summary>Every criterion of the framework exactly once, replacing the current scores whole.</summary>
    public IReadOnlyList<CriterionScoreInput>? Scores { get; init; }

    /// <summary>What the evaluation found; null removes it.</summary>
    [MultiLineText]
    public string? Findings { get; init; }

    /// <summary>What it recommends, replacing the current list whole.</summary>
    public IReadOnlyList<RecommendationInput>? Recommendations { get; init; }

    /// <summary>Why it is corrected, kept in the history (e.g. "onjuist geregistreerd"); no personal data.</summary>
    public string? Reason { get; init; }
}

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

/// <summary>
/// A JSON Merge Patch (RFC 7396) correcting a role or its holder: a member sent replaces the current value, `null` removes
/// it, a member left out stays. The result is checked exactly as a correction (PUT) is.
/// </summary>
/// <remarks>Only documents the body: the endpoint applies the patch to the current role as JSON.</remarks>
[ConstraintsFrom(typeof(CorrectRoleRequest))]
public sealed record RoleMergePatch
{
    /// <summary>Which role; cannot be removed.</summary>
    public RoleKind? Kind { get; init; }

    /// <summary>Who fills it; cannot be removed.</summary>
    public string? PersonName { get; init; }

    /// <summary>The organisation the person works for; cannot be removed.</summary>
    public string? Organisation { get; init; }

    /// <summary>How to reach the person; null removes it.</summary>
    public string? Email { get; init; }

    /// <summary>The working group a voorzitter werkgroep chairs; only for that role, null removes it.</summary>
    public string? WorkingGroup { get; init; }

    /// <summary>Why it is corrected, kept in the history (e.g. "onjuist geregistreerd"); no personal data.</summary>
    public string? Reason { get; init; }
}
