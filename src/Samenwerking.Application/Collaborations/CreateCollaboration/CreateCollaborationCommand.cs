using Samenwerking.Application.Collaborations.Register;
using Mediator;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.CreateCollaboration;

/// <summary>
/// A new collaboration, starting in verkenning, with its first participants and whatever dimensions are
/// already known; or an existing collaboration registered after the fact in implementatie or doorontwikkeling.
/// </summary>
public sealed record CreateCollaborationCommand : ICommand<Versioned<CollaborationDto>>, ICollaborationDetails, IRegisterDetails
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

    /// <summary>What the Wgr register shows about the regeling; see the fields for what is required from which phase.</summary>
    public RegisterEntryInput? Register { get; init; }

    /// <summary>
    /// Default `verkenning`. To register an existing collaboration, `implementatie` or `doorontwikkeling`: then at least
    /// two participants and all six dimensions are required, and for doorontwikkeling `operatingSince`.
    /// </summary>
    public Phase? Phase { get; init; }

    /// <summary>For a registered collaboration: the date it started operating (not in the future).</summary>
    public DateOnly? OperatingSince { get; init; }

    public bool IsRegistration => Phase is not (null or Domain.Collaborations.Phase.Verkenning);
}
