using Samenwerking.Domain.Collaborations;
using static Samenwerking.Application.Vocabularies.VocabularyBuilder;

namespace Samenwerking.Application.Vocabularies;

/// <summary>The phases and the choice dimensions of a collaboration (domain brief, "Collaboration" and "Phases").</summary>
internal static class CollaborationVocabularies
{
    public static readonly Vocabulary<Phase> Phases = Of("Fase",
        "The four phases every collaboration passes, strictly in this order and one step at a time.",
        (Phase.Verkenning, "Verkenning", "Exploration: research into the shared challenges (opgaven) and the first conversations of managers and administrators."),
        (Phase.Voorbereiding, "Voorbereiding", "Preparation: choosing and designing the collaboration, and the formal decisions of each municipality."),
        (Phase.Implementatie, "Implementatie", "Implementation: building the collaboration, with roles such as projectleider and procesbegeleider."),
        (Phase.Doorontwikkeling, "Doorontwikkeling", "Further development: evaluating the collaboration and developing the collaboration skills of organisations and people."));

    public static readonly Vocabulary<TaskType> TaskTypes = Of("Type taak",
        "The kinds of task the municipalities do together; a collaboration has one or more.",
        (TaskType.Beleid, "Beleid", "Policy: preparing and setting policy together."),
        (TaskType.Uitvoering, "Uitvoering", "Execution: carrying out tasks for residents and businesses together."),
        (TaskType.Bedrijfsvoering, "Bedrijfsvoering", "Operations: shared support such as ICT, finance, personnel and purchasing."));

    public static readonly Vocabulary<TaskScope> TaskScopes = Of("Aantal taken",
        "How many of the municipalities' tasks the collaboration covers.",
        (TaskScope.Een, "Eén", "One task."),
        (TaskScope.Meerdere, "Meerdere", "Several tasks, each of them named."),
        (TaskScope.Alle, "Alle", "All tasks, as in an ambtelijke fusie."));

    public static readonly Vocabulary<GovernanceLevel> GovernanceLevels = Of("Besturingsniveau",
        "The level at which the collaboration is steered.",
        (GovernanceLevel.Strategisch, "Strategisch", "Steered on goals and direction, by administrators."),
        (GovernanceLevel.Tactisch, "Tactisch", "Steered on plans and resources, by management."),
        (GovernanceLevel.Operationeel, "Operationeel", "Steered on day-to-day execution."));

    public static readonly Vocabulary<Novelty> Novelties = Of("Organisatievorm: nieuw of bestaand",
        "Whether the collaboration sets up a new organisation or builds on an existing one.",
        (Novelty.Nieuw, "Nieuw", "A new organisation is set up for the collaboration."),
        (Novelty.Bestaand, "Bestaand", "An existing organisation takes on the collaboration."));

    public static readonly Vocabulary<Multiplicity> Multiplicities = Of("Organisatievorm: een of meerdere",
        "Whether the work is done by one organisation or spread over several.",
        (Multiplicity.Een, "Eén", "One organisation does the work."),
        (Multiplicity.Meerdere, "Meerdere", "Several organisations share the work."));

    public static readonly Vocabulary<Structure> Structures = Of("Organisatievorm: centraal of decentraal",
        "Whether the work is brought together in one place or stays with the participants.",
        (Structure.Centraal, "Centraal", "The work is brought together in one place."),
        (Structure.Decentraal, "Decentraal", "The work stays spread over the participating municipalities."));

    public static readonly Vocabulary<Initiative> Initiatives = Of("Initiatief",
        "Whether the municipalities chose to collaborate or a statute requires it.",
        (Initiative.Vrijwillig, "Vrijwillig", "The municipalities chose to collaborate."),
        (Initiative.Verplicht, "Verplicht", "A statute requires the collaboration, as for veiligheidsregio's, GGD regions and omgevingsdiensten."));

    public static readonly Vocabulary<ParticipantRole> ParticipantRoles = Of("Rol van de deelnemer",
        "The part a municipality plays in a collaboration.",
        (ParticipantRole.Deelnemer, "Deelnemer", "Takes part in the collaboration."),
        (ParticipantRole.Centrumgemeente, "Centrumgemeente", "Carries out the tasks for the other participants (centrumregeling)."));
}
