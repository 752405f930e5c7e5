namespace Samenwerking.Domain.History;

/// <summary>What happened to a collaboration, as its timeline shows it.</summary>
public enum HistoryEntryKind
{
    Created = 1,
    Registered = 2,
    Edited = 3,
    ParticipantJoined = 4,
    ParticipantRemoved = 5,
    ParticipantWithdrew = 6,
    DecisionRecorded = 7,
    RoleAssigned = 8,
    RoleRemoved = 9,
    PhaseChanged = 10,
    OperatingSinceSet = 11,
    EvaluationRecorded = 12,
    DevelopmentActivityRecorded = 13,
    EvaluationIntervalChanged = 14,
    DecisionCorrected = 15,
    DecisionWithdrawn = 16,
    RoleCorrected = 17,
    OperatingSinceCorrected = 18,
    OperatingSinceWithdrawn = 19,
    PhaseTransitionReverted = 20,
    Dissolved = 21,
    DissolutionCorrected = 22,
    DissolutionWithdrawn = 23,

    // Herindeling and planned learning (issue 24); numbered apart so other additions of the same release do not collide.
    ParticipantSucceeded = 40,
    CentrumgemeenteSucceeded = 41,
    BronhouderSucceeded = 42,
    DevelopmentActivityStatusChanged = 43,
    EvaluationCorrected = 44,
    EvaluationWithdrawn = 45,
    DevelopmentActivityCorrected = 46,
    DevelopmentActivityWithdrawn = 47,
}
