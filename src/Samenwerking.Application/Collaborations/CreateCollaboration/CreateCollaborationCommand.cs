using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.CreateCollaboration;

/// <summary>A new collaboration, starting in verkenning, with its first participants and whatever dimensions are already known.</summary>
public sealed record CreateCollaborationCommand : ICommand<CollaborationDto>, ICollaborationDetails
{
    /// <summary>Name, 3 to 200 characters, unique regardless of case and accents.</summary>
    public string Name { get; init; } = "";

    /// <summary>Free description.</summary>
    public string? Description { get; init; }

    /// <summary>At least one participating municipality.</summary>
    public IReadOnlyList<ParticipantInput> Participants { get; init; } = [];

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
}
