using Samenwerking.Domain.Herindelingen;
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
        (HistoryEntryKind.ParticipantSucceeded, "Deelname overgegaan", "A municipality ended at a herindeling; its successor succeeds to its participation."),
        (HistoryEntryKind.CentrumgemeenteSucceeded, "Centrumgemeente overgegaan", "The successor of a centrumgemeente that ended at a herindeling became the centrumgemeente."),
        (HistoryEntryKind.BronhouderSucceeded, "Bronhouder overgegaan", "The successor of a bronhouder that ended at a herindeling keeps the register entry."),
        (HistoryEntryKind.DevelopmentActivityStatusChanged, "Status ontwikkelactiviteit gewijzigd", "A planned training, masterclass, leergang or intervisie was held or cancelled."));

    public static readonly Vocabulary<HerindelingChangeKind> HerindelingChangeKinds = Of("Wijziging door herindeling",
        "What a herindeling changes in a collaboration or subscription.",
        (HerindelingChangeKind.ParticipationEnds, "Deelname eindigt", "An ending municipality's participation ends on the date, with reason herindeling."),
        (HerindelingChangeKind.SuccessorJoins, "Opvolger treedt toe", "The successor joins on the date, in the ending municipality's place."),
        (HerindelingChangeKind.SuccessorAlreadyTakesPart, "Opvolger neemt al deel", "The successor already takes part and keeps its own participation."),
        (HerindelingChangeKind.CentrumgemeentePasses, "Centrumgemeente gaat over", "The ending municipality was the centrumgemeente; the successor becomes it."),
        (HerindelingChangeKind.BronhouderPasses, "Bronhouder gaat over", "The ending municipality kept the register entry (bronhouder); the successor does."),
        (HerindelingChangeKind.SubscriptionFollowsSuccessor, "Abonnement volgt opvolger", "A webhook subscription on the ending municipality follows the successor."));
}
