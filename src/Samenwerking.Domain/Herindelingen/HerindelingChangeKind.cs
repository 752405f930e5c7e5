namespace Samenwerking.Domain.Herindelingen;

/// <summary>What a herindeling changes in one collaboration or subscription.</summary>
public enum HerindelingChangeKind
{
    /// <summary>An ending municipality's participation ends on the date, with reason "herindeling".</summary>
    ParticipationEnds = 1,

    /// <summary>The successor joins on the date, in the ending municipality's place.</summary>
    SuccessorJoins = 2,

    /// <summary>The successor already takes part and keeps its own participation.</summary>
    SuccessorAlreadyTakesPart = 3,

    /// <summary>The ending municipality was the centrumgemeente; the successor becomes it.</summary>
    CentrumgemeentePasses = 4,

    /// <summary>The ending municipality kept the register entry (bronhouder); the successor does.</summary>
    BronhouderPasses = 5,

    /// <summary>A webhook subscription that followed the ending municipality follows the successor.</summary>
    SubscriptionFollowsSuccessor = 6,
}
