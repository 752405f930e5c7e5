namespace Samenwerking.Domain.Collaborations;

/// <summary>The four phases every collaboration passes, strictly in this order.</summary>
public enum Phase
{
    Verkenning = 1,
    Voorbereiding = 2,
    Implementatie = 3,
    Doorontwikkeling = 4,
}
