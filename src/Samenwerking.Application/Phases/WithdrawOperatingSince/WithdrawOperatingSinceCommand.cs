using Mediator;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Phases.WithdrawOperatingSince;

/// <summary>Withdraws an operating date recorded by mistake; answers the collaboration's new version.</summary>
public sealed record WithdrawOperatingSinceCommand(Guid CollaborationId, string Reason, VersionCondition? ExpectedVersion) : ICommand<uint>;
