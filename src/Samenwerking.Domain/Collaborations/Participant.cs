using System.Linq.Expressions;

namespace Samenwerking.Domain.Collaborations;

/// <summary>
/// A municipality's membership of a collaboration. Leaving (uittreding) sets <see cref="LeftOn"/>;
/// the record stays, so the history of who took part when is never overwritten.
/// </summary>
public sealed class Participant
{
    public const int MaxReasonLength = 1000;

    private Participant()
    {
        MunicipalityCode = "";
    }

    internal Participant(string municipalityCode, DateOnly joinedOn, ParticipantRole role, int ordinal)
    {
        Id = Guid.CreateVersion7();
        MunicipalityCode = municipalityCode;
        JoinedOn = joinedOn;
        Role = role;
        Ordinal = ordinal;
    }

    public Guid Id { get; private set; }

    public string MunicipalityCode { get; private set; }

    public DateOnly JoinedOn { get; private set; }

    /// <summary>
    /// When it was added to this collaboration relative to the others (1, 2, …): orders participants that join on
    /// the same day (<see cref="JoiningOrder"/>). Several added at once (a start, a registration) keep the order sent.
    /// </summary>
    public int Ordinal { get; private set; }

    public ParticipantRole Role { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public string? WithdrawalReason { get; private set; }

    /// <summary>Taking part now: written as an expression so queries filter on the very same definition.</summary>
    public static readonly Expression<Func<Participant, bool>> Active = p => p.LeftOn == null;

    private static readonly Func<Participant, bool> IsActiveCompiled = Active.Compile();

    public bool IsActive => IsActiveCompiled(this);

    /// <summary>A successor that already takes part becomes the centrumgemeente in the place of one that ended at a herindeling.</summary>
    internal void BecomeCentrumgemeente() => Role = ParticipantRole.Centrumgemeente;

    internal void Withdraw(DateOnly leftOn, string reason)
    {
        LeftOn = leftOn;
        WithdrawalReason = reason;
    }
}
