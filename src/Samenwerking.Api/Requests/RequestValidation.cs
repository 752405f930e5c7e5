using FluentValidation;
using Samenwerking.Api.Requests.Collaborations;
using Samenwerking.Api.Requests.Delegations;
using Samenwerking.Api.Requests.Decisions;
using Samenwerking.Api.Requests.DevelopmentActivities;
using Samenwerking.Api.Requests.EvaluationFrameworks;
using Samenwerking.Api.Requests.Herindelingen;
using Samenwerking.Api.Requests.Municipalities;
using Samenwerking.Api.Requests.Evaluations;
using Samenwerking.Api.Requests.Participants;
using Samenwerking.Api.Requests.Phases;
using Samenwerking.Api.Requests.Roles;

namespace Samenwerking.Api.Requests;

/// <summary>
/// Which command validates which request body, pair by pair: the OpenAPI document finds a body's constraints, and
/// input screening a body's own messages, through <c>IValidator&lt;TRequest&gt;</c>, never by matching names.
/// </summary>
public static class RequestValidation
{
    public static IServiceCollection AddRequestValidation(this IServiceCollection services) => services
        .Validate<CreateCollaborationRequest, Application.Collaborations.CreateCollaboration.CreateCollaborationCommand>(r => r.ToCommand())
        .Validate<UpdateCollaborationRequest, Application.Collaborations.UpdateCollaboration.UpdateCollaborationCommand>(r => r.ToCommand(Guid.Empty, null))
        .Validate<SetOperatingSinceRequest, Application.Phases.SetOperatingSince.SetOperatingSinceCommand>(r => r.ToCommand(Guid.Empty, null))
        .Validate<AddParticipantRequest, Application.Participants.AddParticipant.AddParticipantCommand>(r => r.ToCommand(Guid.Empty, null))
        .Validate<WithdrawParticipantRequest, Application.Participants.WithdrawParticipant.WithdrawParticipantCommand>(r => r.ToCommand(Guid.Empty, "", null))
        .Validate<RecordDecisionRequest, Application.Decisions.RecordDecision.RecordDecisionCommand>(r => r.ToCommand(Guid.Empty, null))
        .Validate<CorrectDecisionRequest, Application.Decisions.CorrectDecision.CorrectDecisionCommand>(r => r.ToCommand(Guid.Empty, Guid.Empty, null))
        .Validate<CorrectRoleRequest, Application.Roles.CorrectRole.CorrectRoleCommand>(r => r.ToCommand(Guid.Empty, Guid.Empty, null))
        .Validate<DissolveCollaborationRequest, Application.Collaborations.Dissolve.DissolveCollaborationCommand>(r => r.ToCommand(Guid.Empty, null))
        .Validate<AssignRoleRequest, Application.Roles.AssignRole.AssignRoleCommand>(r => r.ToCommand(Guid.Empty, null))
        .Validate<TransitionPhaseRequest, Application.Phases.TransitionPhase.TransitionPhaseCommand>(r => r.ToCommand(Guid.Empty, null))
        .Validate<CreateEvaluationFrameworkRequest, Application.EvaluationFrameworks.CreateEvaluationFramework.CreateEvaluationFrameworkCommand>(r => r.ToCommand())
        .Validate<UpdateEvaluationFrameworkRequest, Application.EvaluationFrameworks.UpdateEvaluationFramework.UpdateEvaluationFrameworkCommand>(
            r => r.ToCommand(Guid.Empty, null))
        .Validate<RecordEvaluationRequest, Application.Evaluations.RecordEvaluation.RecordEvaluationCommand>(r => r.ToCommand(Guid.Empty, null))
        .Validate<CorrectEvaluationRequest, Application.Evaluations.CorrectEvaluation.CorrectEvaluationCommand>(r => r.ToCommand(Guid.Empty, Guid.Empty, null))
        .Validate<UpdateEvaluationScheduleRequest, Application.Evaluations.UpdateEvaluationSchedule.UpdateEvaluationScheduleCommand>(
            r => r.ToCommand(Guid.Empty, null))
        .Validate<RecordDevelopmentActivityRequest, Application.DevelopmentActivities.RecordDevelopmentActivity.RecordDevelopmentActivityCommand>(
            r => r.ToCommand(Guid.Empty, null))
        .Validate<CorrectDevelopmentActivityRequest, Application.DevelopmentActivities.CorrectDevelopmentActivity.CorrectDevelopmentActivityCommand>(
            r => r.ToCommand(Guid.Empty, Guid.Empty, null))
        .Validate<SetDevelopmentActivityStatusRequest, Application.DevelopmentActivities.SetDevelopmentActivityStatus.SetDevelopmentActivityStatusCommand>(
            r => r.ToCommand(Guid.Empty, Guid.Empty, null))
        .Validate<Delegations.GrantDelegationRequest, Application.Delegations.GrantDelegation.GrantDelegationCommand>(r => r.ToCommand(Guid.Empty))
        .Validate<Delegations.RoleDelegationRequest, Application.Delegations.RoleDelegation>(r => r.ToGrant())
        .Validate<HerindelingRequest, Application.Herindelingen.DryRunHerindeling.DryRunHerindelingCommand>(r => r.ToDryRun())
        .Validate<ImportMunicipalityRecordsRequest, Application.Municipalities.ImportMunicipalityRecords.ImportMunicipalityRecordsCommand>(r => r.ToCommand());

    // Scoped like the command validators it wraps (they may use scoped services).
    private static IServiceCollection Validate<TRequest, TCommand>(this IServiceCollection services, Func<TRequest, TCommand> toCommand) =>
        services.AddSingleton<IValidator<TRequest>>(provider =>
            new CommandRequestValidator<TRequest, TCommand>(provider.GetRequiredService<IValidator<TCommand>>(), toCommand));
}
