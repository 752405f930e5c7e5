namespace Samenwerking.Domain.History;

/// <summary>What a history entry is about, so a reader can go from the line to the thing itself.</summary>
/// <param name="Id">The decision, role, phase transition, evaluation or development activity recorded, when the entry is about one.</param>
/// <param name="MunicipalityCode">The municipality concerned, when there is one.</param>
public sealed record HistorySubject(Guid? Id, string? MunicipalityCode);
