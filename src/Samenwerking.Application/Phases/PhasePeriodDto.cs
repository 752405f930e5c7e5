using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Application.Phases;

/// <summary>One of the four phases for this collaboration.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="Status">completed, current, upcoming, or notRecorded for phases passed before the collaboration was registered.</param>
/// <param name="StartedOn">When it began, where known.</param>
/// <param name="EndedOn">When it ended, where known.</param>
public sealed record PhasePeriodDto(Phase Phase, PhaseStatus Status, DateOnly? StartedOn, DateOnly? EndedOn);
