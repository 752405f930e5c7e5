using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>The editable description of a collaboration, shared by creating and replacing one.</summary>
public interface ICollaborationDetails
{
    string Name { get; }

    string? Description { get; }

    IReadOnlyList<TaskType> TaskTypes { get; }

    TaskScope? TaskScope { get; }

    GovernanceLevel? GovernanceLevel { get; }

    OrganisationFormInput? OrganisationForm { get; }

    LegalFormInput? LegalForm { get; }

    Initiative? Initiative { get; }

    IReadOnlyList<NamedTaskInput> Tasks { get; }
}
