namespace Samenwerking.Domain.Decisions;

/// <summary>
/// Which body takes which kind of decision (Wgr art. 1): zienswijze, toestemming and wensen en
/// bedenkingen come from the raad; the besluit tot deelname from the college or the burgemeester.
/// </summary>
public static class DecisionRules
{
    public static IReadOnlySet<DecisionBody> BodiesFor(DecisionKind kind) => kind switch
    {
        DecisionKind.Zienswijze or DecisionKind.Toestemming or DecisionKind.WensenEnBedenkingen =>
            new HashSet<DecisionBody> { DecisionBody.Raad },
        DecisionKind.BesluitTotDeelname => new HashSet<DecisionBody> { DecisionBody.College, DecisionBody.Burgemeester },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown decision kind."),
    };

    public static bool Fits(DecisionKind kind, DecisionBody body) => BodiesFor(kind).Contains(body);
}
