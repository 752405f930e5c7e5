namespace Samenwerking.Api.Requests.Herindelingen;

/// <summary>A herindeling: on `effectiveOn` the ending municipalities end and the successor succeeds to their participations.</summary>
public sealed record HerindelingRequest
{
    /// <summary>The day it takes effect, usually 1 January: the first day the ending municipalities no longer exist.</summary>
    public DateOnly EffectiveOn { get; init; }

    /// <summary>CBS codes of the municipalities that end (1 to 20, each once); the reference data must end each on `effectiveOn`.</summary>
    public IReadOnlyList<string> EndingMunicipalityCodes { get; init; } = [];

    /// <summary>CBS code of the municipality that succeeds them, new or receiving; it must exist on `effectiveOn`.</summary>
    public string SuccessorCode { get; init; } = "";
}
