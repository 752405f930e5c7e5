using Mediator;

namespace Samenwerking.Application.Phases.GetPhases;

/// <summary>The four phases of a collaboration in order, with status and dates.</summary>
public sealed record GetPhasesQuery(Guid CollaborationId) : IQuery<IReadOnlyList<PhasePeriodDto>>;
