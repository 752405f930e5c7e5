using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.Municipalities;

/// <summary>
/// One CBS record of a municipality: its name and province during a period. A code has more than
/// one record when the municipality moved province, so the key is the code plus the start date.
/// </summary>
public sealed class Municipality
{
    public const int MaxNameLength = 100;
    public const int MaxProvinceNameLength = 50;

    public Municipality(string code, string name, string provinceCode, string provinceName,
        DateOnly validFrom, DateOnly? validTo, string? successorCode = null)
    {
        if (validTo is { } end && end <= validFrom)
        {
            throw new ArgumentException($"Municipality {code} record ends ({end:yyyy-MM-dd}) on or before it starts ({validFrom:yyyy-MM-dd}).", nameof(validTo));
        }

        Code = MunicipalityCode.Parse(code).Value;
        Name = name;
        NameForSearch = SearchText.Normalize(name);
        ProvinceCode = provinceCode;
        ProvinceName = provinceName;
        ValidFrom = validFrom;
        ValidTo = validTo;
        SuccessorCode = successorCode is null ? null : MunicipalityCode.Parse(successorCode).Value;
        if (SuccessorCode is not null && (validTo is null || SuccessorCode == Code))
        {
            throw new ArgumentException($"Municipality {code} has a successor only when its record ends, and not itself.", nameof(successorCode));
        }
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name folded for case- and accent-insensitive search.</summary>
    public string NameForSearch { get; private set; }

    public string ProvinceCode { get; private set; }

    public string ProvinceName { get; private set; }

    /// <summary>First day this record is valid.</summary>
    public DateOnly ValidFrom { get; private set; }

    /// <summary>First day this record is no longer valid (exclusive); null while in force.</summary>
    public DateOnly? ValidTo { get; private set; }

    /// <summary>
    /// The municipality that succeeded this one when the record ended at a herindeling (Wet arhi); null while in force,
    /// or when the record ended for another reason (a move to another province) or the reference data does not say.
    /// </summary>
    public string? SuccessorCode { get; private set; }

    public bool IsInForceOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date < ValidTo);

    /// <summary>Brings the record in line with newer reference data without changing its identity.</summary>
    public bool UpdateFrom(Municipality newer) => Apply(newer.Name, newer.NameForSearch, newer.ProvinceCode, newer.ProvinceName, newer.ValidTo, newer.SuccessorCode);

    /// <summary>
    /// Brings the record in line with the file an instance ships, which knows less than an administrator who added a
    /// herindeling since: an end or successor the file does not name is kept, so restarting a release older than the
    /// herindeling does not undo it.
    /// </summary>
    public bool UpdateFromShipped(Municipality shipped)
    {
        var validTo = shipped.ValidTo ?? ValidTo;
        var successor = shipped.SuccessorCode ?? (validTo == ValidTo ? SuccessorCode : null);
        return Apply(shipped.Name, shipped.NameForSearch, shipped.ProvinceCode, shipped.ProvinceName, validTo, successor);
    }

    private bool Apply(string name, string nameForSearch, string provinceCode, string provinceName, DateOnly? validTo, string? successorCode)
    {
        if (Name == name && ProvinceCode == provinceCode && ProvinceName == provinceName && ValidTo == validTo && SuccessorCode == successorCode)
        {
            return false;
        }

        Name = name;
        NameForSearch = nameForSearch;
        ProvinceCode = provinceCode;
        ProvinceName = provinceName;
        ValidTo = validTo;
        SuccessorCode = successorCode;
        return true;
    }
}
