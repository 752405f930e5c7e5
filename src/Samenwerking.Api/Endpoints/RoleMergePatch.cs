using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.Roles;
using Samenwerking.Domain.Roles;

namespace Samenwerking.Api.Endpoints;

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
