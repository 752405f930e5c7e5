using Samenwerking.Domain.History;

namespace Samenwerking.Application.Events;

/// <summary>
/// The CloudEvents <c>type</c> of every fact the change feed carries. Reverse-DNS names, stable once
/// published: consumers switch on them.
/// </summary>
public static class EventTypes
{
    public const string Prefix = "nl.samenwerking.";

    public const string CollaborationDeleted = Prefix + "collaboration.deleted";
    public const string EvaluationFrameworkCreated = Prefix + "evaluation-framework.created";
    public const string EvaluationFrameworkChanged = Prefix + "evaluation-framework.changed";
    public const string DelegationGranted = Prefix + "delegation.granted";
    public const string DelegationWithdrawn = Prefix + "delegation.withdrawn";

    /// <summary>The test event a subscription's owner has sent to its callback; never in the feed, so not among <see cref="All"/>.</summary>
    public const string SubscriptionTest = Prefix + "subscription.test";

    private static readonly Dictionary<HistoryEntryKind, string> ByKind = new()
    {
        [HistoryEntryKind.Created] = Prefix + "collaboration.created",
        [HistoryEntryKind.Registered] = Prefix + "collaboration.registered",
        [HistoryEntryKind.Edited] = Prefix + "collaboration.edited",
        [HistoryEntryKind.ParticipantJoined] = Prefix + "collaboration.participant-joined",
        [HistoryEntryKind.ParticipantRemoved] = Prefix + "collaboration.participant-removed",
        [HistoryEntryKind.ParticipantWithdrew] = Prefix + "collaboration.participant-withdrew",
        [HistoryEntryKind.DecisionRecorded] = Prefix + "collaboration.decision-recorded",
        [HistoryEntryKind.RoleAssigned] = Prefix + "collaboration.role-assigned",
        [HistoryEntryKind.RoleRemoved] = Prefix + "collaboration.role-removed",
        [HistoryEntryKind.PhaseChanged] = Prefix + "collaboration.phase-changed",
        [HistoryEntryKind.OperatingSinceSet] = Prefix + "collaboration.operating-since-set",
        [HistoryEntryKind.EvaluationRecorded] = Prefix + "collaboration.evaluation-recorded",
        [HistoryEntryKind.DevelopmentActivityRecorded] = Prefix + "collaboration.development-activity-recorded",
        [HistoryEntryKind.EvaluationIntervalChanged] = Prefix + "collaboration.evaluation-interval-changed",
        [HistoryEntryKind.ParticipantSucceeded] = Prefix + "collaboration.participant-succeeded",
        [HistoryEntryKind.CentrumgemeenteSucceeded] = Prefix + "collaboration.centrumgemeente-succeeded",
        [HistoryEntryKind.BronhouderSucceeded] = Prefix + "collaboration.bronhouder-succeeded",
        [HistoryEntryKind.DevelopmentActivityStatusChanged] = Prefix + "collaboration.development-activity-status-changed",
        [HistoryEntryKind.DecisionCorrected] = Prefix + "collaboration.decision-corrected",
        [HistoryEntryKind.DecisionWithdrawn] = Prefix + "collaboration.decision-withdrawn",
        [HistoryEntryKind.RoleCorrected] = Prefix + "collaboration.role-corrected",
        [HistoryEntryKind.OperatingSinceCorrected] = Prefix + "collaboration.operating-since-corrected",
        [HistoryEntryKind.OperatingSinceWithdrawn] = Prefix + "collaboration.operating-since-withdrawn",
        [HistoryEntryKind.PhaseTransitionReverted] = Prefix + "collaboration.phase-transition-reverted",
        [HistoryEntryKind.Dissolved] = Prefix + "collaboration.dissolved",
        [HistoryEntryKind.DissolutionCorrected] = Prefix + "collaboration.dissolution-corrected",
        [HistoryEntryKind.DissolutionWithdrawn] = Prefix + "collaboration.dissolution-withdrawn",
        [HistoryEntryKind.EvaluationCorrected] = Prefix + "collaboration.evaluation-corrected",
        [HistoryEntryKind.EvaluationWithdrawn] = Prefix + "collaboration.evaluation-withdrawn",
        [HistoryEntryKind.DevelopmentActivityCorrected] = Prefix + "collaboration.development-activity-corrected",
        [HistoryEntryKind.DevelopmentActivityWithdrawn] = Prefix + "collaboration.development-activity-withdrawn",
    };

    public static string Of(HistoryEntryKind kind) => ByKind[kind];

    /// <summary>Every type, in the order the contract lists them.</summary>
    public static readonly IReadOnlyList<string> All =
        [.. ByKind.Values, CollaborationDeleted, EvaluationFrameworkCreated, EvaluationFrameworkChanged, DelegationGranted, DelegationWithdrawn];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
