namespace Samenwerking.Api.Tests.Herindelingen;

public static class MunicipalityRecordsApi
{
    public const string Path = "/api/v1/municipalities/records";
    public const string CsvPath = "/api/v1/imports/municipality-records";
}
