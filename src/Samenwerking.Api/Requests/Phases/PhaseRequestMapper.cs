using Riok.Mapperly.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Phases.SetOperatingSince;
using Samenwerking.Application.Phases.TransitionPhase;

namespace Samenwerking.Api.Requests.Phases;

/// <summary>The request bodies of a phase transition and of the operating-since date become commands, with what the route and the headers say.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class PhaseRequestMapper
{
    public static partial TransitionPhaseCommand ToCommand(this TransitionPhaseRequest request, Guid collaborationId, VersionCondition? expectedVersion);

    public static partial SetOperatingSinceCommand ToCommand(this SetOperatingSinceRequest request, Guid collaborationId, VersionCondition? expectedVersion);
}
