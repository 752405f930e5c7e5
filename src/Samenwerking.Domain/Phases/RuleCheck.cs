using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Phases;

/// <summary>
/// The outcome of one exit rule: a stable <see cref="Code"/> for clients, whether it holds, and a
/// sentence saying why (naming, for instance, the municipalities still missing a decision), in English
/// (<see cref="Detail"/>) and Dutch.
/// </summary>
public sealed record RuleCheck(string Code, bool Met, Text Explanation)
{
    public string Detail => Explanation.English;
}
