namespace Samenwerking.Domain.Rules;

/// <summary>
/// One business rule's refusal, as clients see it: a stable <see cref="Code"/> (the last part of the
/// problem <c>type</c>), a short title in English and Dutch, and whether it is a conflict with the
/// collaboration's state (409) or a matter of who may do it (403). Every refusal is an entry of
/// <see cref="Refusals"/>; the facts of one occurrence travel in <see cref="Common.DomainRuleViolationException"/>.
/// </summary>
public sealed record Refusal(string Code, RefusalKind Kind, string EnglishTitle, string DutchTitle)
{
    /// <summary>The facts every occurrence may report, with their types: the one source of the contract's problem schema.</summary>
    public IReadOnlyList<Fact> Facts { get; init; } = [];

    public const string ProblemTypePrefix = "urn:samenwerking:problem:";

    /// <summary>The problem <c>type</c> URI clients switch on; part of the contract, never renamed.</summary>
    public string ProblemType => ProblemTypePrefix + Code;

    /// <summary>Refuses with this rule: the detail in both languages and the facts a client needs.</summary>
    /// <exception cref="InvalidOperationException">The facts are not the ones this entry declares: a programming error.</exception>
    public Common.DomainRuleViolationException Because(Text detail, IReadOnlyDictionary<string, object?>? facts = null)
    {
        facts ??= new Dictionary<string, object?>();
        var undeclared = facts.Where(f => Facts.FirstOrDefault(d => d.Name == f.Key) is not { } declared || !declared.Fits(f.Value))
            .Select(f => f.Key);
        var missing = Facts.Where(d => d.Always && !facts.ContainsKey(d.Name)).Select(d => d.Name);
        var wrong = undeclared.Concat(missing).ToList();
        if (wrong.Count > 0)
        {
            throw new InvalidOperationException(
                $"Refusal '{Code}' was thrown with facts that its catalogue entry does not declare: {string.Join(", ", wrong)}.");
        }

        return new(this, detail, facts);
    }
}
