using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Collaborations.Register;
using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.UpdateCollaboration;

/// <summary>
/// The editable fields of a collaboration, replaced as a whole (PUT): what is left out becomes
/// unknown. Participants and phase have their own resources.
/// </summary>
public sealed record UpdateCollaborationCommand : ICommand<Versioned<CollaborationDto>>, ICollaborationDetails, IRegisterDetails
{
    public Guid Id { get; init; }

    /// <summary>The version the change is based on, from If-Match.</summary>
    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>Name, 3 to 200 characters, unique regardless of case and accents.</summary>
    public string Name { get; init; } = "";

    /// <summary>Free description.</summary>
    public string? Description { get; init; }

    /// <summary>Types of task (a set); empty while unknown.</summary>
    public IReadOnlyList<TaskType> TaskTypes { get; init; } = [];

    /// <summary>One, several or all tasks; must agree with the named tasks.</summary>
    public TaskScope? TaskScope { get; init; }

    /// <summary>Level at which the collaboration is steered.</summary>
    public GovernanceLevel? GovernanceLevel { get; init; }

    /// <summary>The three organisation-form choices.</summary>
    public OrganisationFormInput? OrganisationForm { get; init; }

    /// <summary>Legal form; the instrument must belong to the kind.</summary>
    public LegalFormInput? LegalForm { get; init; }

    /// <summary>Voluntary or required by law.</summary>
    public Initiative? Initiative { get; init; }

    /// <summary>Named tasks; their types must be among the task types.</summary>
    public IReadOnlyList<NamedTaskInput> Tasks { get; init; } = [];

    /// <summary>What the Wgr register shows about the regeling; see the fields for what is required from which phase.</summary>
    public RegisterEntryInput? Register { get; init; }
}
