namespace Samenwerking.Domain.Collaborations.Register;

/// <summary>Adres en plaats van vestiging of the body a regeling institutes (Wgr art. 27).</summary>
public sealed record Seat(string Address, string Place)
{
    public const int MaxLength = 200;
}
