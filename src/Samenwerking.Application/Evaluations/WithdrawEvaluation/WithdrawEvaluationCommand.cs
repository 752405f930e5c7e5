using Mediator;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Evaluations.WithdrawEvaluation;

/// <summary>Withdraws an evaluation recorded by mistake; answers the collaboration's new version.</summary>
public sealed record WithdrawEvaluationCommand(Guid CollaborationId, Guid EvaluationId, string Reason, VersionCondition? ExpectedVersion) : ICommand<uint>;
