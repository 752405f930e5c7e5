using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Application.Phases;

/// <summary>Whether the current phase can end now: each exit rule with whether it holds.</summary>
/// <param name="CurrentPhase">The phase the collaboration is in.</param>
/// <param name="NextPhase">The phase it could move to; null in doorontwikkeling.</param>
/// <param name="Ready">True when every rule holds (and there is a next phase).</param>
/// <param name="Rules">The exit rules of the current phase.</param>
public sealed record ReadinessDto(Phase CurrentPhase, Phase? NextPhase, bool Ready, IReadOnlyList<RuleCheckDto> Rules);
