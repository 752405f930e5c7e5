namespace Samenwerking.Domain.Decisions;

/// <summary>The body of a municipality (or of the collaboration) that takes a decision.</summary>
public enum DecisionBody
{
    Raad = 1,
    College = 2,
    Burgemeester = 3,
    AlgemeenBestuur = 4,
}

/// <summary>The kinds of formal decision in the Wgr procedure (art. 1) and for private-law forms.</summary>
public enum DecisionKind
{
    Zienswijze = 1,
    Toestemming = 2,
    WensenEnBedenkingen = 3,
    BesluitTotDeelname = 4,
}

public enum DecisionOutcome
{
    Positief = 1,
    Negatief = 2,
}
