using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

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
