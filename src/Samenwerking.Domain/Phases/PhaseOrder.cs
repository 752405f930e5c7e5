using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Domain.Phases;

/// <summary>verkenning → voorbereiding → implementatie → doorontwikkeling, one step at a time, never back.</summary>
public static class PhaseOrder
{
    public static Phase? Next(Phase phase) => phase == Phase.Doorontwikkeling ? null : phase + 1;
}
