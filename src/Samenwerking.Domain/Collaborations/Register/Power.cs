namespace Samenwerking.Domain.Collaborations.Register;

/// <summary>A power (bevoegdheid) the regeling gives its body, such as "heffen en invorderen van belastingen", and how.</summary>
public sealed record Power(string Description, PowerTransfer Transfer)
{
    public const int MaxDescriptionLength = 500;
}
