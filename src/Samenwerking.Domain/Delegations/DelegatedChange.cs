namespace Samenwerking.Domain.Delegations;

/// <summary>
/// A kind of change a participating municipality may let a person make for it. Only the collaboration's shared work:
/// never a municipality's own decisions, its participation or withdrawal, the phases, or the collaboration's
/// deletion or dissolution, which stay with the municipalities themselves.
/// </summary>
public enum DelegatedChange
{
    /// <summary>Assign, correct and remove roles (bemensing).</summary>
    Roles = 1,

    /// <summary>Record development activities and hold or cancel planned ones (learning).</summary>
    DevelopmentAndLearning = 2,

    /// <summary>Record evaluations and set the evaluation schedule.</summary>
    Evaluations = 3,

    /// <summary>Edit the description and the six choices (details, dimensions, register facts).</summary>
    DescriptionAndChoices = 4,
}
