namespace Samenwerking.Domain.Decisions;

/// <summary>The body of a municipality (or of the collaboration) that takes a decision.</summary>
public enum DecisionBody
{
    Raad = 1,
    College = 2,
    Burgemeester = 3,
    AlgemeenBestuur = 4,
}

/// <summary>The kinds of formal decision in the Wgr procedure (art. 1), for entering and for dissolving, and for private-law forms.</summary>
public enum DecisionKind
{
    Zienswijze = 1,
    Toestemming = 2,
    WensenEnBedenkingen = 3,
    BesluitTotDeelname = 4,

    /// <summary>The raad consents to dissolving the regeling (Wgr art. 1 applies to opheffing as to entering).</summary>
    ToestemmingTotOpheffing = 5,

    /// <summary>The college (or burgemeester) decides to dissolve the regeling, after the raad's toestemming.</summary>
    BesluitTotOpheffing = 6,
}

public enum DecisionOutcome
{
    Positief = 1,
    Negatief = 2,
}
