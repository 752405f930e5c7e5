using Samenwerking.Api.Http;
using Samenwerking.Application.History.ListHistory;
using Samenwerking.Domain.History;

namespace Samenwerking.Api.Endpoints;

/// <summary>
/// Where each kind of history entry points: the routes are the API's, so the link is made here, from the identifiers the
/// entry carries. An entry whose subject is gone (a removed participant or role) or was never traced has no link.
/// </summary>
public static class HistoryLinks
{
    public static HistoryEntryDto WithHref(this HistoryEntryDto entry, Guid collaborationId)
    {
        var collaboration = $"{ApiVersion.BasePath}{CollaborationEndpoints.Path}/{collaborationId}";
        return entry with
        {
            Href = entry.Kind switch
            {
                HistoryEntryKind.Created or HistoryEntryKind.Registered or HistoryEntryKind.Edited or HistoryEntryKind.OperatingSinceSet
                    or HistoryEntryKind.OperatingSinceCorrected or HistoryEntryKind.OperatingSinceWithdrawn => collaboration,
                HistoryEntryKind.Dissolved or HistoryEntryKind.DissolutionCorrected or HistoryEntryKind.DissolutionWithdrawn => collaboration,
                HistoryEntryKind.DecisionCorrected when entry.DecisionId is { } corrected => $"{collaboration}/decisions/{corrected}",
                HistoryEntryKind.RoleCorrected => collaboration + "/roles",
                HistoryEntryKind.PhaseTransitionReverted => collaboration + "/phase-transitions",
                HistoryEntryKind.EvaluationIntervalChanged => collaboration + "/evaluation-schedule",
                HistoryEntryKind.ParticipantJoined or HistoryEntryKind.ParticipantWithdrew or HistoryEntryKind.ParticipantSucceeded
                    or HistoryEntryKind.CentrumgemeenteSucceeded => collaboration + "/participants",
                HistoryEntryKind.BronhouderSucceeded => collaboration,
                HistoryEntryKind.DecisionRecorded when entry.DecisionId is { } decision => $"{collaboration}/decisions/{decision}",
                HistoryEntryKind.RoleAssigned => collaboration + "/roles",
                HistoryEntryKind.PhaseChanged => collaboration + "/phase-transitions",
                HistoryEntryKind.EvaluationRecorded or HistoryEntryKind.EvaluationCorrected when entry.EvaluationId is { } evaluation => $"{collaboration}/evaluations/{evaluation}",
                HistoryEntryKind.DevelopmentActivityRecorded or HistoryEntryKind.DevelopmentActivityStatusChanged
                    or HistoryEntryKind.DevelopmentActivityCorrected when entry.ActivityId is { } activity => $"{collaboration}/development-activities/{activity}",
                _ => null,
            },
        };
    }
}
