using Samenwerking.Api.OpenApi;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Api.Requests.Collaborations;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Api.Endpoints;

/// <summary>
/// A JSON Merge Patch (RFC 7396) of a collaboration's editable fields: a member that is sent replaces the
/// current value (objects such as `organisationForm` are merged member by member), `null` removes it (the
/// value becomes unknown), and a member that is left out stays as it is. The result must be a valid
/// collaboration, exactly as for a replacement (PUT).
/// </summary>
/// <remarks>
/// Only documents the body: the endpoint applies the patch to the current collaboration as JSON, so that a
/// member left out and a member sent as null stay distinguishable.
/// </remarks>
[ConstraintsFrom(typeof(UpdateCollaborationRequest))]
public sealed record CollaborationMergePatch
{
    /// <summary>Name, 3 to 200 characters, unique regardless of case and accents; cannot be removed (null is refused).</summary>
    public string? Name { get; init; }

    /// <summary>Free description; null removes it.</summary>
    public string? Description { get; init; }

    /// <summary>Types of task (a set), replacing the current ones; null or empty while unknown.</summary>
    public IReadOnlyList<TaskType>? TaskTypes { get; init; }

    /// <summary>One, several or all tasks; null while unknown.</summary>
    public TaskScope? TaskScope { get; init; }

    /// <summary>Level at which the collaboration is steered; null while unknown.</summary>
    public GovernanceLevel? GovernanceLevel { get; init; }

    /// <summary>The organisation-form choices, merged member by member; null makes all three unknown.</summary>
    public OrganisationFormInput? OrganisationForm { get; init; }

    /// <summary>Legal form, merged member by member; null while unknown.</summary>
    public LegalFormInput? LegalForm { get; init; }

    /// <summary>Voluntary or required by law; null while unknown.</summary>
    public Initiative? Initiative { get; init; }

    /// <summary>Named tasks, replacing the current list (a merge patch replaces arrays whole).</summary>
    public IReadOnlyList<NamedTaskInput>? Tasks { get; init; }

    /// <summary>What the Wgr register shows, merged member by member (its list of powers is replaced whole).</summary>
    public RegisterEntryInput? Register { get; init; }
}
