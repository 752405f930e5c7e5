using Samenwerking.Domain.Collaborations;
using static Samenwerking.Application.Vocabularies.VocabularyBuilder;

namespace Samenwerking.Application.Vocabularies;

/// <summary>The phases and the choice dimensions of a collaboration (domain brief, "Collaboration" and "Phases").</summary>
internal static class CollaborationVocabularies
{
    public static Vocabulary<Phase> Phases => Of("Fase",
        (Phase.Verkenning, "Verkenning"),
        (Phase.Voorbereiding, "Voorbereiding"),
        (Phase.Implementatie, "Implementatie"),
        (Phase.Doorontwikkeling, "Doorontwikkeling"));

    public static Vocabulary<TaskType> TaskTypes => Of("Type taak",
        (TaskType.Beleid, "Beleid"),
        (TaskType.Uitvoering, "Uitvoering"),
        (TaskType.Bedrijfsvoering, "Bedrijfsvoering"));

    public static Vocabulary<TaskScope> TaskScopes => Of("Aantal taken",
        (TaskScope.Een, "Eén"),
        (TaskScope.Meerdere, "Meerdere"),
        (TaskScope.Alle, "Alle"));

    public static Vocabulary<GovernanceLevel> GovernanceLevels => Of("Besturingsniveau",
        (GovernanceLevel.Strategisch, "Strategisch"),
        (GovernanceLevel.Tactisch, "Tactisch"),
        (GovernanceLevel.Operationeel, "Operationeel"));

    public static Vocabulary<Novelty> Novelties => Of("Organisatievorm: nieuw of bestaand",
        (Novelty.Nieuw, "Nieuw"),
        (Novelty.Bestaand, "Bestaand"));

    public static Vocabulary<Multiplicity> Multiplicities => Of("Organisatievorm: een of meerdere",
        (Multiplicity.Een, "Eén"),
        (Multiplicity.Meerdere, "Meerdere"));

    public static Vocabulary<Structure> Structures => Of("Organisatievorm: centraal of decentraal",
        (Structure.Centraal, "Centraal"),
        (Structure.Decentraal, "Decentraal"));

    public static Vocabulary<Initiative> Initiatives => Of("Initiatief",
        (Initiative.Vrijwillig, "Vrijwillig"),
        (Initiative.Verplicht, "Verplicht"));

    public static Vocabulary<ParticipantRole> ParticipantRoles => Of("Rol van de deelnemer",
        (ParticipantRole.Deelnemer, "Deelnemer"),
        (ParticipantRole.Centrumgemeente, "Centrumgemeente"));
}
