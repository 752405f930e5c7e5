namespace Samenwerking.Application.Municipalities.ImportMunicipalityRecords;

/// <summary>What an import of municipality records changed.</summary>
/// <param name="Added">Records that were new (a code, or a new period of one).</param>
/// <param name="Updated">Records whose name, province, end or successor changed.</param>
/// <param name="Unchanged">Records that were already there as sent: importing the same file twice changes nothing.</param>
public sealed record MunicipalityRecordsImportReportDto(int Added, int Updated, int Unchanged);
