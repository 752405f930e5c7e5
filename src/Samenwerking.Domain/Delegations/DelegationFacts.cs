namespace Samenwerking.Domain.Delegations;

/// <summary>What a grant says: who (the token subject, name and organisation), which changes, and from when until when (inclusive).</summary>
public sealed record DelegationFacts(
    string DelegateSubject,
    string DelegateName,
    string Organisation,
    IReadOnlyCollection<DelegatedChange> Changes,
    DateOnly ValidFrom,
    DateOnly ValidUntil);
