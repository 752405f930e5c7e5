namespace Samenwerking.Application.EvaluationFrameworks;

/// <summary>A set of criteria collaborations are evaluated on.</summary>
public sealed record EvaluationFrameworkDto
{
    /// <summary>Identifier of the framework.</summary>
    public required Guid Id { get; init; }

    /// <summary>Name, unique regardless of case and accents.</summary>
    public required string Name { get; init; }

    /// <summary>What the framework is for and whose lens it is.</summary>
    public required string Description { get; init; }

    /// <summary>The criteria, in the order evaluations list them.</summary>
    public required IReadOnlyList<EvaluationCriterionDto> Criteria { get; init; }

    /// <summary>True once an evaluation used the framework: from then on its criteria cannot change.</summary>
    public required bool InUse { get; init; }

    /// <summary>When the framework was defined (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
