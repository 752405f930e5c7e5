using Samenwerking.Application.Phases;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Api.ErrorHandling;

/// <summary>
/// How a refusal's facts look on the wire. Most are plain values; the exit rules a transition found unmet go out
/// exactly as the readiness checklist shows them (<see cref="RuleCheckDto"/>: code, detail in the request's
/// language, missing decisions, prerequisites), so one schema describes both.
/// </summary>
public static class RefusalFacts
{
    public static object? OnTheWire(object? fact) => fact switch
    {
        IEnumerable<RuleCheck> checks => checks.Select(RuleCheckDto.From).ToList(),
        _ => fact,
    };
}
