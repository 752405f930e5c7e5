using Mediator;

namespace Samenwerking.Application.Municipalities.ImportMunicipalityRecords;

/// <summary>Adds or brings up to date CBS records of municipalities, as the shipped reference file holds them.</summary>
public sealed record ImportMunicipalityRecordsCommand(IReadOnlyList<MunicipalityRecordValues> Records) : ICommand<MunicipalityRecordsImportReportDto>;

/// <summary>One CBS record: a municipality's name and province during a period, and who succeeded it when it ended.</summary>
public sealed record MunicipalityRecordValues
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public string ProvinceCode { get; init; } = "";

    public string ProvinceName { get; init; } = "";

    public DateOnly ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    public string? SuccessorCode { get; init; }
}
