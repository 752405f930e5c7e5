using Riok.Mapperly.Abstractions;
using Samenwerking.Application.Municipalities.ImportMunicipalityRecords;

namespace Samenwerking.Api.Requests.Municipalities;

/// <summary>The reference data's request body becomes a command.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class MunicipalityRequestMapper
{
    public static partial ImportMunicipalityRecordsCommand ToCommand(this ImportMunicipalityRecordsRequest request);

    // A null item stays null, so the validator names it (input screening validates a body whose lists hold nulls).
    [UserMapping(Default = true)]
    private static MunicipalityRecordValues ToValuesKeepingNull(MunicipalityRecordInput record) => record is null ? null! : ToValues(record);

    private static partial MunicipalityRecordValues ToValues(MunicipalityRecordInput record);
}
