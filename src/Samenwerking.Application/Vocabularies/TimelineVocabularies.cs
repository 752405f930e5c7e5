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
        (HistoryEntryKind.EvaluationIntervalChanged, "Evaluatie-interval gewijzigd", "The agreed interval between evaluations was changed."));
}
