using Riok.Mapperly.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Decisions.CorrectDecision;
using Samenwerking.Application.Decisions.RecordDecision;

namespace Samenwerking.Api.Requests.Decisions;

/// <summary>A decision's request body becomes a command, with what the route and the headers say.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class DecisionRequestMapper
{
    public static partial RecordDecisionCommand ToCommand(this RecordDecisionRequest request, Guid collaborationId, VersionCondition? expectedVersion);

    public static partial CorrectDecisionCommand ToCommand(this CorrectDecisionRequest request, Guid collaborationId, Guid decisionId,
        VersionCondition? expectedVersion);
}
