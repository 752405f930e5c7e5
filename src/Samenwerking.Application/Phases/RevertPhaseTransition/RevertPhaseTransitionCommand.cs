using Mediator;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Phases.RevertPhaseTransition;

/// <summary>Reverts the last phase transition, recorded by mistake; answers the collaboration's new version.</summary>
public sealed record RevertPhaseTransitionCommand(Guid CollaborationId, Guid TransitionId, string Reason, VersionCondition? ExpectedVersion) : ICommand<uint>;
