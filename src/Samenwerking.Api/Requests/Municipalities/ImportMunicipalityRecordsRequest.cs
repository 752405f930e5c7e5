namespace Samenwerking.Api.Requests.Municipalities;

/// <summary>CBS records of municipalities to add or bring up to date, with the shipped reference file's fields and a successor.</summary>
public sealed record ImportMunicipalityRecordsRequest
{
    /// <summary>1 to 2000 records, each code and `validFrom` once.</summary>
    public IReadOnlyList<MunicipalityRecordInput> Records { get; init; } = [];
}

/// <summary>
/// One CBS record, matched on `code` and `validFrom`: a new code from a date, or the end (`validTo`) of a code, with the
/// municipality that succeeded it at a herindeling.
/// </summary>
public sealed record MunicipalityRecordInput
{
    /// <summary>CBS code, e.g. `GM1966`.</summary>
    public string Code { get; init; } = "";

    /// <summary>CBS name, with a province suffix where names repeat.</summary>
    public string Name { get; init; } = "";

    /// <summary>CBS province code, e.g. `PV20`.</summary>
    public string ProvinceCode { get; init; } = "";

    /// <summary>Province name.</summary>
    public string ProvinceName { get; init; } = "";

    /// <summary>First day the record is valid.</summary>
    public DateOnly ValidFrom { get; init; }

    /// <summary>First day the record is no longer valid (exclusive); left out while in force.</summary>
    public DateOnly? ValidTo { get; init; }

    /// <summary>The municipality that succeeds this one from `validTo` at a herindeling; it must exist on that day.</summary>
    public string? SuccessorCode { get; init; }
}
