using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Domain.Decisions;

/// <summary>
/// Which body takes which kind of decision (Wgr art. 1): zienswijze, toestemming (also to dissolve) and wensen en
/// bedenkingen come from the raad; the besluit tot deelname and the besluit tot opheffing from the college or the
/// burgemeester.
/// </summary>
public static class DecisionRules
{
    public static IReadOnlySet<DecisionBody> BodiesFor(DecisionKind kind) => kind switch
    {
        DecisionKind.Zienswijze or DecisionKind.Toestemming or DecisionKind.WensenEnBedenkingen or DecisionKind.ToestemmingTotOpheffing =>
            new HashSet<DecisionBody> { DecisionBody.Raad },
        DecisionKind.BesluitTotDeelname or DecisionKind.BesluitTotOpheffing =>
            new HashSet<DecisionBody> { DecisionBody.College, DecisionBody.Burgemeester },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown decision kind."),
    };

    public static bool Fits(DecisionKind kind, DecisionBody body) => BodiesFor(kind).Contains(body);

    /// <summary>
    /// The positive decisions each active participant needs before the collaboration is dissolved. A public-law regeling
    /// is dissolved as it was entered (Wgr art. 1): the raad's toestemming, then the college's besluit. A private-law
    /// form ends by the instrument's own rules (the stichting's board, the contract's notice), which the register does
    /// not follow: none. A legal form left unchosen is held to the public-law procedure, which the law prefers.
    /// </summary>
    public static IReadOnlyList<DecisionKind> NeededToDissolve(LegalKind? kind) => kind == LegalKind.Privaatrechtelijk
        ? []
        : [DecisionKind.ToestemmingTotOpheffing, DecisionKind.BesluitTotOpheffing];
}
