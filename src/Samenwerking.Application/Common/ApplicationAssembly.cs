namespace Samenwerking.Application.Common;

/// <summary>Marker that names this assembly for source generators and scanning.</summary>
public sealed class ApplicationAssembly;
