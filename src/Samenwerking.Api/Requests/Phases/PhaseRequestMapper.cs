using Riok.Mapperly.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Phases.TransitionPhase;

namespace Samenwerking.Api.Requests.Phases;

/// <summary>A phase transition's request body becomes a command, with what the route and the headers say.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class PhaseRequestMapper
{
    public static partial TransitionPhaseCommand ToCommand(this TransitionPhaseRequest request, Guid collaborationId, VersionCondition? expectedVersion);
}
