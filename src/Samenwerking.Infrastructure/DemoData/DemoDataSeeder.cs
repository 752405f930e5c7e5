using Microsoft.Extensions.Logging;

namespace Samenwerking.Infrastructure.DemoData;

/// <summary>
/// Fills a development or demonstration database, after migrations and reference data, with every
/// registered <see cref="IDemoDataPart"/>. Off unless <see cref="EnabledSetting"/> is true.
/// </summary>
public sealed class DemoDataSeeder(IEnumerable<IDemoDataPart> parts, ILogger<DemoDataSeeder> logger)
{
    public const string EnabledSetting = "DemoData:Enabled";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var part in parts)
        {
            await part.SeedAsync(cancellationToken);
        }

        logger.LogInformation("Demo data checked ({Count} part(s))", parts.Count());
    }
}
