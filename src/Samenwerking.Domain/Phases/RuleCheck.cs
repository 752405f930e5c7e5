using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Phases;

/// <summary>
/// The outcome of one exit rule: a stable <see cref="Code"/> for clients, whether it holds, and a
/// sentence saying why (naming, for instance, the municipalities still missing a decision), in English
/// (<see cref="Detail"/>) and Dutch. What the sentence names is also here as data: the decisions still
/// missing, and the rules this one waits on.
/// </summary>
public sealed record RuleCheck(string Code, bool Met, Text Explanation)
{
    public string Detail => Explanation.English;

    /// <summary>Per municipality, each positive decision still missing (only the decisions rule fills this).</summary>
    public IReadOnlyList<MissingDecision> MissingDecisions { get; init; } = [];

    /// <summary>Codes of the rules that must hold before this one can be worked on (see <see cref="ExitRule.WaitsFor"/>).</summary>
    public IReadOnlyList<string> WaitsFor { get; init; } = [];
}
