using Mediator;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Collaborations.WithdrawDissolution;

/// <summary>Withdraws a dissolution recorded by mistake: the collaboration goes on. Answers its new version.</summary>
public sealed record WithdrawDissolutionCommand(Guid CollaborationId, string Reason, VersionCondition? ExpectedVersion) : ICommand<uint>;
