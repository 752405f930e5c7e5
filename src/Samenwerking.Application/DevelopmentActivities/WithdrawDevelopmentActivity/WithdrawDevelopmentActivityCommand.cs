using Mediator;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.DevelopmentActivities.WithdrawDevelopmentActivity;

/// <summary>Withdraws a development activity recorded by mistake; answers the collaboration's new version.</summary>
public sealed record WithdrawDevelopmentActivityCommand(Guid CollaborationId, Guid ActivityId, string Reason, VersionCondition? ExpectedVersion)
    : ICommand<uint>;
