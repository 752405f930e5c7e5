using Mediator;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Decisions.WithdrawDecision;

/// <summary>Withdraws a decision recorded by mistake; answers the collaboration's new version.</summary>
public sealed record WithdrawDecisionCommand(Guid CollaborationId, Guid DecisionId, string Reason, VersionCondition? ExpectedVersion) : ICommand<uint>;
