namespace Samenwerking.Domain.Evaluations;

/// <summary>Where a training, masterclass, leergang or intervisie stands.</summary>
public enum DevelopmentActivityStatus
{
    Gepland = 1,
    Gehouden = 2,
    Geannuleerd = 3,
}
