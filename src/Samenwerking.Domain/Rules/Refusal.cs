namespace Samenwerking.Domain.Rules;

/// <summary>
/// One business rule's refusal, as clients see it: a stable <see cref="Code"/> (the last part of the
/// problem <c>type</c>), a short title in English and Dutch, and whether it is a conflict with the
/// collaboration's state (409) or a matter of who may do it (403). Every refusal is an entry of
/// <see cref="Refusals"/>; the facts of one occurrence travel in <see cref="Common.DomainRuleViolationException"/>.
/// </summary>
public sealed record Refusal(string Code, RefusalKind Kind, string EnglishTitle, string DutchTitle)
{
    public const string ProblemTypePrefix = "urn:samenwerking:problem:";

    /// <summary>The problem <c>type</c> URI clients switch on; part of the contract, never renamed.</summary>
    public string ProblemType => ProblemTypePrefix + Code;

    /// <summary>Refuses with this rule: the detail in both languages and the facts a client needs.</summary>
    public Common.DomainRuleViolationException Because(Text detail, IReadOnlyDictionary<string, object?>? facts = null) =>
        new(this, detail, facts);
}
