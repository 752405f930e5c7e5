using Riok.Mapperly.Abstractions;
using Samenwerking.Application.Herindelingen.ApplyHerindeling;
using Samenwerking.Application.Herindelingen.DryRunHerindeling;

namespace Samenwerking.Api.Requests.Herindelingen;

/// <summary>A herindeling's request body becomes a dry run or an application of it.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class HerindelingRequestMapper
{
    public static partial DryRunHerindelingCommand ToDryRun(this HerindelingRequest request);

    public static partial ApplyHerindelingCommand ToApplication(this HerindelingRequest request);
}
