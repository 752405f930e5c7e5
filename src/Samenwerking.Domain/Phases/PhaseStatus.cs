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

/// <summary>One phase of a collaboration's life with its dates, where they are known.</summary>
public sealed record PhasePeriod(Phase Phase, PhaseStatus Status, DateOnly? StartedOn, DateOnly? EndedOn);
