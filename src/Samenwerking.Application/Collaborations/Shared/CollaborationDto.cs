using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>A collaboration between municipalities (samenwerkingsverband), in full.</summary>
public sealed record CollaborationDto
{
    /// <summary>Identifier of the collaboration.</summary>
    public required Guid Id { get; init; }

    /// <summary>Name, unique regardless of case and accents.</summary>
    public required string Name { get; init; }

    /// <summary>Free description.</summary>
    public required string? Description { get; init; }

    /// <summary>The phase the collaboration is in now.</summary>
    public required Phase Phase { get; init; }

    /// <summary>Participants, active and former, in order of joining: by `joinedOn`, then in the order they were added.</summary>
    public required IReadOnlyList<ParticipantDto> Participants { get; init; }

    /// <summary>Types of task the collaboration carries out (a set).</summary>
    public required IReadOnlyList<TaskType> TaskTypes { get; init; }

    /// <summary>One, several or all tasks; null while unknown.</summary>
    public required TaskScope? TaskScope { get; init; }

    /// <summary>Level at which the collaboration is steered; null while unknown.</summary>
    public required GovernanceLevel? GovernanceLevel { get; init; }

    /// <summary>The three organisation-form choices; each null while unknown.</summary>
    public required OrganisationFormDto OrganisationForm { get; init; }

    /// <summary>Legal form; null while unknown.</summary>
    public required LegalFormDto? LegalForm { get; init; }

    /// <summary>Voluntary or required by law; null while unknown.</summary>
    public required Initiative? Initiative { get; init; }

    /// <summary>Named tasks with their type.</summary>
    public required IReadOnlyList<NamedTaskDto> Tasks { get; init; }

    /// <summary>When the current phase began; null when not recorded (registered in implementatie).</summary>
    public required DateOnly? CurrentPhaseStartedOn { get; init; }

    /// <summary>For a collaboration registered after the fact: the phase it was registered in; earlier phases are not recorded.</summary>
    public required Phase? RegisteredInPhase { get; init; }

    /// <summary>The date the collaboration started operating; set during implementatie.</summary>
    public required DateOnly? OperatingSince { get; init; }

    /// <summary>The date the collaboration ended (opheffing); null while it goes on. An ended collaboration keeps its phase and takes no changes but corrections of its dissolution.</summary>
    public required DateOnly? EndedOn { get; init; }

    /// <summary>Why it ended; null while it goes on.</summary>
    public required string? EndReason { get; init; }

    /// <summary>Derived: all tasks in one new, central organisation (alle + nieuw + een + centraal).</summary>
    public required bool IsAmbtelijkeFusie { get; init; }

    /// <summary>Every how many years the collaboration is evaluated, as its regeling agrees (1 to 10; default 4).</summary>
    public required int EvaluationIntervalYears { get; init; }

    /// <summary>Date of the most recent evaluation; null before the first.</summary>
    public required DateOnly? LastEvaluatedOn { get; init; }

    /// <summary>
    /// When the next evaluation is due: the last evaluation's date, or when there is none the date doorontwikkeling
    /// began, plus the interval. Null outside doorontwikkeling.
    /// </summary>
    public required DateOnly? NextEvaluationDue { get; init; }

    /// <summary>What the Wgr register shows about the regeling (art. 27); fields are null while unknown.</summary>
    public required RegisterEntryDto Register { get; init; }

    /// <summary>When the collaboration was recorded (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When anything about it last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
