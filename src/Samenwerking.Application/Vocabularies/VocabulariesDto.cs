using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Decisions;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Phases;
using Samenwerking.Domain.Roles;

namespace Samenwerking.Application.Vocabularies;

/// <summary>
/// Every enumeration of the API with, per value, a Dutch label and what it means: what a frontend
/// needs for dropdowns and labels without hard-coding them.
/// </summary>
/// <param name="Phases">Phases of a collaboration (fase).</param>
/// <param name="TaskTypes">Types of task (type taak).</param>
/// <param name="TaskScopes">Number of tasks (aantal taken).</param>
/// <param name="GovernanceLevels">Governance levels (besturingsniveau).</param>
/// <param name="Novelties">Organisation form: new or existing organisation.</param>
/// <param name="Multiplicities">Organisation form: one or several organisations.</param>
/// <param name="Structures">Organisation form: central or decentral.</param>
/// <param name="LegalKinds">Legal kinds (juridische vorm).</param>
/// <param name="LegalInstruments">Legal instruments, each with its legal kind.</param>
/// <param name="Initiatives">Initiative: voluntary or required by law.</param>
/// <param name="ParticipantRoles">Roles of a participating municipality.</param>
/// <param name="DecisionBodies">Bodies that take formal decisions.</param>
/// <param name="DecisionKinds">Kinds of formal decision.</param>
/// <param name="DecisionOutcomes">Outcomes of a formal decision.</param>
/// <param name="RoleKinds">Roles people fill while a collaboration is built.</param>
/// <param name="EvaluationKinds">Kinds of evaluation.</param>
/// <param name="DevelopmentActivityKinds">Kinds of development activity.</param>
/// <param name="PhaseStatuses">Where a phase stands for a collaboration.</param>
/// <param name="HistoryEntryKinds">Kinds of event on a collaboration's timeline.</param>
/// <param name="PowerTransfers">How a power (bevoegdheid) of a regeling is transferred.</param>
/// <param name="RegisterFields">The fields of the Wgr register, with when each is required.</param>
/// <param name="DevelopmentActivityStatuses">Where a development activity stands: planned, held or cancelled.</param>
/// <param name="HerindelingChangeKinds">What a herindeling changes in a collaboration or subscription.</param>
/// <param name="DelegatedChanges">Kinds of change a participating municipality may delegate to a person.</param>
/// <param name="DelegationStandings">Where a delegation stands: only in force lets its person act.</param>
/// <param name="PermissionReasons">Why a user may change a collaboration.</param>
public sealed record VocabulariesDto(
    Vocabulary<Phase> Phases,
    Vocabulary<TaskType> TaskTypes,
    Vocabulary<TaskScope> TaskScopes,
    Vocabulary<GovernanceLevel> GovernanceLevels,
    Vocabulary<Novelty> Novelties,
    Vocabulary<Multiplicity> Multiplicities,
    Vocabulary<Structure> Structures,
    Vocabulary<LegalKind> LegalKinds,
    LegalInstrumentVocabulary LegalInstruments,
    Vocabulary<Initiative> Initiatives,
    Vocabulary<ParticipantRole> ParticipantRoles,
    Vocabulary<DecisionBody> DecisionBodies,
    Vocabulary<DecisionKind> DecisionKinds,
    Vocabulary<DecisionOutcome> DecisionOutcomes,
    Vocabulary<RoleKind> RoleKinds,
    Vocabulary<EvaluationKind> EvaluationKinds,
    Vocabulary<DevelopmentActivityKind> DevelopmentActivityKinds,
    Vocabulary<PhaseStatus> PhaseStatuses,
    Vocabulary<HistoryEntryKind> HistoryEntryKinds,
    Vocabulary<Domain.Collaborations.Register.PowerTransfer> PowerTransfers,
    RegisterFieldVocabulary RegisterFields,
    Vocabulary<DevelopmentActivityStatus> DevelopmentActivityStatuses,
    Vocabulary<Domain.Herindelingen.HerindelingChangeKind> HerindelingChangeKinds,
    Vocabulary<Domain.Delegations.DelegatedChange> DelegatedChanges,
    Vocabulary<Domain.Delegations.DelegationStanding> DelegationStandings,
    Vocabulary<Domain.Authorization.PermissionReason> PermissionReasons);
