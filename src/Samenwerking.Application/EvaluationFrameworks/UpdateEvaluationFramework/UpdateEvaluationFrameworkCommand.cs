using Samenwerking.Application.Common.Concurrency;
using Mediator;

namespace Samenwerking.Application.EvaluationFrameworks.UpdateEvaluationFramework;

/// <summary>
/// A framework's name, description and criteria, replaced as a whole (PUT). Once an evaluation used
/// the framework, the criteria must be sent unchanged.
/// </summary>
public sealed record UpdateEvaluationFrameworkCommand : ICommand<Versioned<EvaluationFrameworkDto>>, IEvaluationFrameworkDetails
{
    public Guid Id { get; init; }

    /// <summary>The version the change is based on, from If-Match.</summary>
    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>Name, 3 to 200 characters, unique regardless of case and accents.</summary>
    public string Name { get; init; } = "";

    /// <summary>What the framework is for and whose lens it is.</summary>
    public string Description { get; init; } = "";

    /// <summary>1 to 50 criteria with unique codes, in order; unchanged once the framework is in use.</summary>
    public IReadOnlyList<CriterionInput> Criteria { get; init; } = [];
}
