namespace Samenwerking.Application.Events;

/// <summary>Which events a reader (or a subscription) wants; null means any.</summary>
public sealed record EventFilter(IReadOnlyList<string>? Types = null, Guid? Subject = null, string? MunicipalityCode = null)
{
    public static readonly EventFilter Everything = new();
}
