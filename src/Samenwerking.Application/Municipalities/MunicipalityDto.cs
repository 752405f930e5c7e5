namespace Samenwerking.Application.Municipalities;

/// <summary>A municipality as CBS records it for one period.</summary>
/// <param name="Code">CBS code, <c>GM</c> and four digits.</param>
/// <param name="Name">CBS name, with a province suffix where names repeat, e.g. "Bergen (NH.)".</param>
/// <param name="ProvinceCode">CBS province code, e.g. <c>PV27</c>.</param>
/// <param name="ProvinceName">Province name.</param>
/// <param name="ValidFrom">First day this record is valid.</param>
/// <param name="ValidTo">First day this record is no longer valid (exclusive); null while in force.</param>
/// <param name="SuccessorCode">The municipality that succeeded this one when the record ended at a herindeling; null while in force or when not recorded.</param>
public sealed record MunicipalityDto(
    string Code,
    string Name,
    string ProvinceCode,
    string ProvinceName,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string? SuccessorCode);
