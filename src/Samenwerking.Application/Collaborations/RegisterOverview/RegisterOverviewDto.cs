using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.RegisterOverview;

/// <summary>Counts of the collaborations that go on (not ended).</summary>
/// <param name="Total">How many collaborations go on.</param>
/// <param name="PerPhase">Per phase, in the phases' order; phases without any are counted as 0.</param>
/// <param name="PerLegalInstrument">Per legal instrument, most first; null where none is chosen yet.</param>
/// <param name="PerProvince">Per province: collaborations with at least one active participant there (a municipality in force), by province name.</param>
public sealed record RegisterOverviewDto(
    int Total,
    IReadOnlyList<OverviewCount<Phase>> PerPhase,
    IReadOnlyList<OverviewCount<LegalInstrument?>> PerLegalInstrument,
    IReadOnlyList<OverviewCount<string>> PerProvince);

/// <summary>One bar of an overview: a value and how many collaborations have it.</summary>
public sealed record OverviewCount<T>(T Value, int Count);
