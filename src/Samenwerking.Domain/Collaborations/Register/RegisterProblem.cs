namespace Samenwerking.Domain.Collaborations.Register;

/// <summary>
/// One thing wrong with or missing from a register entry: the field as the API names it, a stable code the
/// application words in the client's language, and an English sentence.
/// </summary>
public sealed record RegisterProblem(string Field, string Code, string Message);

/// <summary>The kinds of register problem (strings, not an enum: they are no domain values a client sends).</summary>
public static class RegisterProblemCode
{
    /// <summary>Required once a public-law collaboration operates.</summary>
    public const string RequiredOnceOperating = "RequiredOnceOperating";

    /// <summary>Only a body the regeling institutes has a seat.</summary>
    public const string SeatWithoutBody = "SeatWithoutBody";

    /// <summary>A legal entity is its own bronhouder.</summary>
    public const string BronhouderOfLegalEntity = "BronhouderOfLegalEntity";

    /// <summary>The bronhouder must be a municipality that takes part.</summary>
    public const string BronhouderNotParticipating = "BronhouderNotParticipating";

    /// <summary>The publication link is not an official publication.</summary>
    public const string PublicationNotOfficial = "PublicationNotOfficial";

    /// <summary>The regeling cannot take effect in the future.</summary>
    public const string InForceInFuture = "InForceInFuture";

    /// <summary>A power is listed twice.</summary>
    public const string DuplicatePower = "DuplicatePower";
}
