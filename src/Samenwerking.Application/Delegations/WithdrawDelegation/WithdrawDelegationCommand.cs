using Mediator;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Delegations.WithdrawDelegation;

/// <summary>A participating municipality withdraws a delegation, from this moment, for a reason.</summary>
public sealed record WithdrawDelegationCommand(Guid CollaborationId, Guid DelegationId, string Reason, VersionCondition? ExpectedVersion)
    : ICommand<uint>;
