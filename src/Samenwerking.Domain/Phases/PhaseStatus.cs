using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Domain.Phases;

/// <summary>Where a phase stands for one collaboration.</summary>
public enum PhaseStatus
{
    Completed = 1,
    Current = 2,
    Upcoming = 3,

    /// <summary>Passed before the collaboration was recorded here (registered after the fact).</summary>
    NotRecorded = 4,
}

/// <summary>A recorded move from one phase to the next, as far as the timeline cares.</summary>
public sealed record PhaseStep(Phase From, Phase To, DateOnly EffectiveOn);

/// <summary>One phase of a collaboration's life with its dates, where they are known.</summary>
public sealed record PhasePeriod(Phase Phase, PhaseStatus Status, DateOnly? StartedOn, DateOnly? EndedOn);
