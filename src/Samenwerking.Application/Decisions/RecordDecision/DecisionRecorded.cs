using Samenwerking.Application.Common.Concurrency;
using Mediator;
using Samenwerking.Domain.Decisions;

namespace Samenwerking.Application.Decisions.RecordDecision;

/// <summary>The decision recorded and the collaboration's new version.</summary>
public sealed record DecisionRecorded(DecisionDto Decision, uint CollaborationVersion);
