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

/// <summary>The three organisation-form choices; leave any of them out while undecided.</summary>
/// <param name="Novelty">A new organisation or an existing one.</param>
/// <param name="Multiplicity">One organisation or several.</param>
/// <param name="Structure">Central or decentral.</param>
public sealed record OrganisationFormInput(Novelty? Novelty = null, Multiplicity? Multiplicity = null, Structure? Structure = null);

/// <summary>Public or private law, and the instrument once chosen; the instrument must belong to the kind.</summary>
/// <param name="Kind">Publiekrechtelijk or privaatrechtelijk.</param>
/// <param name="Instrument">The concrete legal instrument, if chosen.</param>
public sealed record LegalFormInput(LegalKind Kind, LegalInstrument? Instrument = null);

/// <summary>A named task, such as "Belastingen", with its type.</summary>
/// <param name="Name">Name of the task, unique within the collaboration.</param>
/// <param name="Type">The type of task; must be one of the collaboration's task types.</param>
public sealed record NamedTaskInput(string Name, TaskType Type);

public static class CollaborationDetailsExtensions
{
    public static Dimensions ToDimensions(this ICollaborationDetails details) => new()
    {
        TaskTypes = details.TaskTypes.ToHashSet(),
        TaskScope = details.TaskScope,
        GovernanceLevel = details.GovernanceLevel,
        OrganisationForm = details.OrganisationForm is { } form
            ? new OrganisationForm(form.Novelty, form.Multiplicity, form.Structure)
            : Domain.Collaborations.OrganisationForm.Undecided,
        LegalForm = details.LegalForm is { } legal ? new LegalForm(legal.Kind, legal.Instrument) : null,
        Initiative = details.Initiative,
        Tasks = details.Tasks.Select(t => new NamedTask(t.Name, t.Type)).ToList(),
    };
}
