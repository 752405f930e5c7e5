using Samenwerking.Domain.History;
using Samenwerking.Domain.Phases;
using static Samenwerking.Application.Vocabularies.VocabularyBuilder;

namespace Samenwerking.Application.Vocabularies;

/// <summary>How a collaboration's phases and history are shown on its timeline.</summary>
internal static class TimelineVocabularies
{
    public static readonly Vocabulary<PhaseStatus> PhaseStatuses = Of("Status van de fase",
        "Where a phase stands for one collaboration.",
        (PhaseStatus.Completed, "Afgerond", "The collaboration has passed this phase."),
        (PhaseStatus.Current, "Huidig", "The collaboration is in this phase now."),
        (PhaseStatus.Upcoming, "Nog te gaan", "The collaboration has yet to reach this phase."),
        (PhaseStatus.NotRecorded, "Niet vastgelegd", "Passed before the collaboration was recorded here (registered after the fact)."));

    public static readonly Vocabulary<HistoryEntryKind> HistoryEntryKinds = Of("Soort gebeurtenis",
        "What happened to a collaboration, as its timeline shows it.",
        (HistoryEntryKind.Created, "Aangemaakt", "The collaboration was recorded from the start, in verkenning."),
        (HistoryEntryKind.Registered, "Achteraf geregistreerd", "An existing collaboration was recorded in a later phase."),
        (HistoryEntryKind.Edited, "Gewijzigd", "Name, description or choice dimensions were changed."),
        (HistoryEntryKind.ParticipantJoined, "Deelnemer toegetreden", "A municipality joined the collaboration."),
        (HistoryEntryKind.ParticipantRemoved, "Deelnemer verwijderd", "A municipality that would not take part was removed while exploring."),
        (HistoryEntryKind.ParticipantWithdrew, "Deelnemer uitgetreden", "A municipality left the collaboration (uittreding)."),
        (HistoryEntryKind.DecisionRecorded, "Besluit vastgelegd", "A formal decision of a municipality was recorded."),
        (HistoryEntryKind.RoleAssigned, "Rol toegewezen", "Someone was given a role in building the collaboration."),
        (HistoryEntryKind.RoleRemoved, "Rol beëindigd", "Someone's role in the collaboration ended."),
        (HistoryEntryKind.PhaseChanged, "Fase gewijzigd", "The collaboration moved on to its next phase."),
        (HistoryEntryKind.OperatingSinceSet, "Startdatum vastgelegd", "The date the collaboration started operating was recorded."),
        (HistoryEntryKind.EvaluationRecorded, "Evaluatie vastgelegd", "An evaluation of the collaboration was recorded."),
        (HistoryEntryKind.DevelopmentActivityRecorded, "Ontwikkelactiviteit vastgelegd", "A training, masterclass, leergang or intervisie was recorded."),
        (HistoryEntryKind.EvaluationIntervalChanged, "Evaluatie-interval gewijzigd", "The agreed interval between evaluations was changed."),
        (HistoryEntryKind.DecisionCorrected, "Besluit gecorrigeerd", "A recorded decision was corrected; the line keeps what it said before and why."),
        (HistoryEntryKind.DecisionWithdrawn, "Besluit ingetrokken", "A decision recorded by mistake was withdrawn; the line keeps what it said and why."),
        (HistoryEntryKind.RoleCorrected, "Rol gecorrigeerd", "A role or its holder was corrected; the line names the roles, never the person."),
        (HistoryEntryKind.OperatingSinceCorrected, "Startdatum gecorrigeerd", "The date the collaboration started operating was corrected after implementatie."),
        (HistoryEntryKind.OperatingSinceWithdrawn, "Startdatum ingetrokken", "An operating date recorded by mistake was withdrawn."),
        (HistoryEntryKind.PhaseTransitionReverted, "Faseovergang teruggedraaid", "The last phase transition, recorded by mistake, was reverted; its own line stays."),
        (HistoryEntryKind.Dissolved, "Opgeheven", "The collaboration ended (opheffing); it keeps its phase and takes no changes but corrections of its dissolution."),
        (HistoryEntryKind.DissolutionCorrected, "Opheffing gecorrigeerd", "The date or reason of the dissolution was corrected."),
        (HistoryEntryKind.DissolutionWithdrawn, "Opheffing ingetrokken", "A dissolution recorded by mistake was withdrawn; the collaboration goes on."));
}
