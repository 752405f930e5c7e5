using Samenwerking.Domain.Herindelingen;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Phases;
using static Samenwerking.Application.Vocabularies.VocabularyBuilder;

namespace Samenwerking.Application.Vocabularies;

/// <summary>How a collaboration's phases and history are shown on its timeline.</summary>
internal static class TimelineVocabularies
{
    public static Vocabulary<PhaseStatus> PhaseStatuses => Of("Status van de fase",
        (PhaseStatus.Completed, "Afgerond"),
        (PhaseStatus.Current, "Huidig"),
        (PhaseStatus.Upcoming, "Nog te gaan"),
        (PhaseStatus.NotRecorded, "Niet vastgelegd"));

    public static Vocabulary<HistoryEntryKind> HistoryEntryKinds => Of("Soort gebeurtenis",
        (HistoryEntryKind.Created, "Aangemaakt"),
        (HistoryEntryKind.Registered, "Achteraf geregistreerd"),
        (HistoryEntryKind.Edited, "Gewijzigd"),
        (HistoryEntryKind.ParticipantJoined, "Deelnemer toegetreden"),
        (HistoryEntryKind.ParticipantRemoved, "Deelnemer verwijderd"),
        (HistoryEntryKind.ParticipantWithdrew, "Deelnemer uitgetreden"),
        (HistoryEntryKind.DecisionRecorded, "Besluit vastgelegd"),
        (HistoryEntryKind.RoleAssigned, "Rol toegewezen"),
        (HistoryEntryKind.RoleRemoved, "Rol beëindigd"),
        (HistoryEntryKind.PhaseChanged, "Fase gewijzigd"),
        (HistoryEntryKind.OperatingSinceSet, "Startdatum vastgelegd"),
        (HistoryEntryKind.EvaluationRecorded, "Evaluatie vastgelegd"),
        (HistoryEntryKind.DevelopmentActivityRecorded, "Ontwikkelactiviteit vastgelegd"),
        (HistoryEntryKind.EvaluationIntervalChanged, "Evaluatie-interval gewijzigd"),
        (HistoryEntryKind.ParticipantSucceeded, "Deelname overgegaan"),
        (HistoryEntryKind.CentrumgemeenteSucceeded, "Centrumgemeente overgegaan"),
        (HistoryEntryKind.BronhouderSucceeded, "Bronhouder overgegaan"),
        (HistoryEntryKind.DevelopmentActivityStatusChanged, "Status ontwikkelactiviteit gewijzigd"),
        (HistoryEntryKind.DecisionCorrected, "Besluit gecorrigeerd"),
        (HistoryEntryKind.DecisionWithdrawn, "Besluit ingetrokken"),
        (HistoryEntryKind.RoleCorrected, "Rol gecorrigeerd"),
        (HistoryEntryKind.OperatingSinceCorrected, "Startdatum gecorrigeerd"),
        (HistoryEntryKind.OperatingSinceWithdrawn, "Startdatum ingetrokken"),
        (HistoryEntryKind.PhaseTransitionReverted, "Faseovergang teruggedraaid"),
        (HistoryEntryKind.Dissolved, "Opgeheven"),
        (HistoryEntryKind.DissolutionCorrected, "Opheffing gecorrigeerd"),
        (HistoryEntryKind.DissolutionWithdrawn, "Opheffing ingetrokken"),
        (HistoryEntryKind.EvaluationCorrected, "Evaluatie gecorrigeerd"),
        (HistoryEntryKind.EvaluationWithdrawn, "Evaluatie ingetrokken"),
        (HistoryEntryKind.DevelopmentActivityCorrected, "Ontwikkelactiviteit gecorrigeerd"),
        (HistoryEntryKind.DevelopmentActivityWithdrawn, "Ontwikkelactiviteit ingetrokken"));

    public static Vocabulary<HerindelingChangeKind> HerindelingChangeKinds => Of("Wijziging door herindeling",
        (HerindelingChangeKind.ParticipationEnds, "Deelname eindigt"),
        (HerindelingChangeKind.SuccessorJoins, "Opvolger treedt toe"),
        (HerindelingChangeKind.SuccessorAlreadyTakesPart, "Opvolger neemt al deel"),
        (HerindelingChangeKind.CentrumgemeentePasses, "Centrumgemeente gaat over"),
        (HerindelingChangeKind.BronhouderPasses, "Bronhouder gaat over"),
        (HerindelingChangeKind.SubscriptionFollowsSuccessor, "Abonnement volgt opvolger"));
}
