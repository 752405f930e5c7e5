namespace Samenwerking.Domain.Collaborations.Register;

/// <summary>
/// One thing wrong with or missing from a register entry: the field as the API names it, a stable code the
/// application words in the client's language, and an English sentence.
/// </summary>
public sealed record RegisterProblem(string Field, RegisterProblemCode Code, string Message);

public enum RegisterProblemCode
{
    /// <summary>Required once a public-law collaboration operates.</summary>
    RequiredOnceOperating = 1,

    /// <summary>Only a body the regeling institutes has a seat.</summary>
    SeatWithoutBody = 2,

    /// <summary>A legal entity is its own bronhouder.</summary>
    BronhouderOfLegalEntity = 3,

    /// <summary>The bronhouder must be a municipality that takes part.</summary>
    BronhouderNotParticipating = 4,

    /// <summary>The publication link is not an official publication.</summary>
    PublicationNotOfficial = 5,

    /// <summary>The regeling cannot take effect in the future.</summary>
    InForceInFuture = 6,

    /// <summary>A power is listed twice.</summary>
    DuplicatePower = 7,

}
