using Riok.Mapperly.Abstractions;
using Samenwerking.Application.Municipalities.ImportMunicipalityRecords;

namespace Samenwerking.Api.Requests.Municipalities;

/// <summary>The reference data's request body becomes a command.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class MunicipalityRequestMapper
{
    public static partial ImportMunicipalityRecordsCommand ToCommand(this ImportMunicipalityRecordsRequest request);

    private static partial MunicipalityRecordValues ToValues(MunicipalityRecordInput record);
}
