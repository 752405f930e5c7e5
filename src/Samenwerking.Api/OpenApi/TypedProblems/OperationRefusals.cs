using Samenwerking.Domain.Rules;

namespace Samenwerking.Api.OpenApi.TypedProblems;

/// <summary>
/// The business-rule conflicts (409) each operation can answer, by operation id: the contract lists exactly these
/// under the operation's 409, each with its typed schema. In the Testing environment a refusal an operation
/// answers without it being listed here is a 500 (<see cref="UndeclaredRefusals"/>), so the whole test suite
/// checks this list against what the server really does.
/// </summary>
public static class OperationRefusals
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<Refusal>> ByOperation = new Dictionary<string, IReadOnlyList<Refusal>>
    {
        // A duplicate participant is a 400 here (the validator sees the whole list), and registering in doorontwikkeling
        // without the register's facts is registration-incomplete (it names the register gaps too).
        ["createCollaboration"] =
        [
            Refusals.DuplicateName, Refusals.MunicipalityNotInForce, Refusals.CentrumgemeenteAlreadyAssigned, Refusals.RegistrationIncomplete,
        ],
        ["updateCollaboration"] = [Refusals.DuplicateName, Refusals.RegisterEntryIncomplete, Refusals.CollaborationEnded],
        ["patchCollaboration"] = [Refusals.DuplicateName, Refusals.RegisterEntryIncomplete, Refusals.CollaborationEnded],
        // Only when concurrent registrations keep taking names of the same batch; a name registered before is no conflict.
        ["importRegister"] = [Refusals.DuplicateName],
        ["deleteCollaboration"] = [Refusals.DeletionNotAllowed],
        ["addParticipant"] =
            [Refusals.DuplicateParticipant, Refusals.MunicipalityNotInForce, Refusals.CentrumgemeenteAlreadyAssigned, Refusals.CollaborationEnded],
        ["removeParticipant"] = [Refusals.ParticipantRemovalNotAllowed, Refusals.LastParticipant, Refusals.CollaborationEnded],
        ["withdrawParticipant"] =
        [
            Refusals.WithdrawalNotApplicable, Refusals.ParticipantAlreadyLeft, Refusals.WithdrawalBeforeJoining, Refusals.WithdrawalLeavesOneParticipant,
            Refusals.CollaborationEnded,
        ],
        ["createPhaseTransition"] =
        [
            Refusals.ExitRulesNotMet, Refusals.PhaseTransitionNotAllowed, Refusals.EffectiveDateBeforePhaseStart, Refusals.DatedInTheFuture,
            Refusals.CollaborationEnded,
        ],
        ["setOperatingSince"] = [Refusals.OperatingSinceNotEditable, Refusals.CorrectionBreaksExitRule, Refusals.CollaborationEnded],
        ["withdrawOperatingSince"] = [Refusals.CorrectionBreaksExitRule, Refusals.OperatingSinceNotEditable, Refusals.CollaborationEnded],
        ["revertPhaseTransition"] = [Refusals.TransitionRevertNotAllowed, Refusals.CollaborationEnded],
        ["createDecision"] = [Refusals.NotAnActiveParticipant, Refusals.DecisionBodyMismatch, Refusals.DatedInTheFuture, Refusals.CollaborationEnded],
        ["correctDecision"] =
            [Refusals.CorrectionBreaksExitRule, Refusals.DecisionBodyMismatch, Refusals.DatedInTheFuture, Refusals.CollaborationEnded],
        ["patchDecision"] =
            [Refusals.CorrectionBreaksExitRule, Refusals.DecisionBodyMismatch, Refusals.DatedInTheFuture, Refusals.CollaborationEnded],
        ["withdrawDecision"] = [Refusals.CorrectionBreaksExitRule, Refusals.CollaborationEnded],
        ["createRole"] = [Refusals.CollaborationEnded, Refusals.GrantingMunicipalityRequired],
        ["createDelegation"] = [Refusals.GrantingMunicipalityRequired, Refusals.CollaborationEnded],
        ["correctRole"] = [Refusals.CorrectionBreaksExitRule, Refusals.CollaborationEnded],
        ["patchRole"] = [Refusals.CorrectionBreaksExitRule, Refusals.CollaborationEnded],
        ["deleteRole"] = [Refusals.CollaborationEnded],
        ["updateEvaluationSchedule"] = [Refusals.CollaborationEnded],
        ["dissolveCollaboration"] =
        [
            Refusals.DissolutionNotApplicable, Refusals.DissolutionDecisionsMissing, Refusals.DatedBeforeOperatingSince, Refusals.DatedInTheFuture,
        ],
        ["recordEvaluation"] =
        [
            Refusals.EvaluationRequiresDoorontwikkeling, Refusals.ScoreSheetIncomplete, Refusals.DatedBeforeOperatingSince, Refusals.DatedInTheFuture,
            Refusals.CollaborationEnded,
        ],
        ["correctEvaluation"] =
        [
            Refusals.ScoreSheetIncomplete, Refusals.DatedBeforeOperatingSince, Refusals.DatedInTheFuture, Refusals.CollaborationEnded,
        ],
        ["patchEvaluation"] =
        [
            Refusals.ScoreSheetIncomplete, Refusals.DatedBeforeOperatingSince, Refusals.DatedInTheFuture, Refusals.CollaborationEnded,
        ],
        ["withdrawEvaluation"] = [Refusals.CollaborationEnded],
        ["correctDevelopmentActivity"] = [Refusals.DatedInTheFuture, Refusals.AttendanceOfNonParticipant, Refusals.CollaborationEnded],
        ["patchDevelopmentActivity"] = [Refusals.DatedInTheFuture, Refusals.AttendanceOfNonParticipant, Refusals.CollaborationEnded],
        ["withdrawDevelopmentActivity"] = [Refusals.CollaborationEnded],
        ["recordDevelopmentActivity"] = [Refusals.DatedInTheFuture, Refusals.AttendanceOfNonParticipant, Refusals.CollaborationEnded],
        ["setDevelopmentActivityStatus"] =
            [Refusals.DevelopmentActivityNotPlanned, Refusals.DatedInTheFuture, Refusals.AttendanceOfNonParticipant, Refusals.CollaborationEnded],
        ["importMunicipalityRecords"] = [Refusals.SuccessorNotInForce],
        ["importMunicipalityRecordsCsv"] = [Refusals.SuccessorNotInForce],
        ["dryRunHerindeling"] = [Refusals.MunicipalityDoesNotEnd, Refusals.SuccessorDiffers, Refusals.SuccessorNotInForce],
        ["applyHerindeling"] =
            [Refusals.MunicipalityDoesNotEnd, Refusals.SuccessorDiffers, Refusals.SuccessorNotInForce, Refusals.HerindelingNotYetInEffect],
        ["createEvaluationFramework"] = [Refusals.DuplicateFrameworkName],
        ["updateEvaluationFramework"] = [Refusals.FrameworkInUse, Refusals.DuplicateFrameworkName],
        ["redeliverSubscription"] = [Refusals.RedeliveryPastFeedEnd],
        ["reactivateSubscription"] = [Refusals.SubscriptionNotFailing],
    };

    /// <summary>The operations that answer business-rule conflicts.</summary>
    public static IEnumerable<string> Operations => ByOperation.Keys;

    /// <summary>The conflicts this operation can answer, most useful first; empty when it answers none.</summary>
    public static IReadOnlyList<Refusal> Of(string? operationId) =>
        operationId is not null && ByOperation.TryGetValue(operationId, out var refusals) ? refusals : [];
}
