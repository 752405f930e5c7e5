namespace Samenwerking.Infrastructure.DemoData;

/// <summary>
/// One self-contained piece of demo data. It runs on every start while demo data is enabled, so it
/// adds its data only when it is not there yet.
/// </summary>
public interface IDemoDataPart
{
    Task SeedAsync(CancellationToken cancellationToken);
}
