namespace Samenwerking.Domain.Collaborations;

/// <summary>
/// The dimensions sent contradict themselves. This is invalid input (400, one error per field), not
/// a conflict with the collaboration's state; validators normally catch it first, the aggregate
/// makes sure nothing slips through.
/// </summary>
public sealed class InconsistentDimensionsException(IReadOnlyList<DimensionInconsistency> inconsistencies)
    : Exception(string.Join(" ", inconsistencies.Select(i => i.Message.English)))
{
    public IReadOnlyList<DimensionInconsistency> Inconsistencies { get; } = inconsistencies;
}
