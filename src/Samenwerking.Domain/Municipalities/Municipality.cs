using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.Municipalities;

/// <summary>
/// One CBS record of a municipality: its name and province during a period. A code has more than
/// one record when the municipality moved province, so the key is the code plus the start date.
/// </summary>
public sealed class Municipality
{
    public Municipality(string code, string name, string provinceCode, string provinceName,
        DateOnly validFrom, DateOnly? validTo)
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

    public bool IsInForceOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date < ValidTo);

    /// <summary>Brings the record in line with newer reference data without changing its identity.</summary>
    public bool UpdateFrom(Municipality newer)
    {
        if (Name == newer.Name && ProvinceCode == newer.ProvinceCode && ProvinceName == newer.ProvinceName && ValidTo == newer.ValidTo)
        {
            return false;
        }

        Name = newer.Name;
        NameForSearch = newer.NameForSearch;
        ProvinceCode = newer.ProvinceCode;
        ProvinceName = newer.ProvinceName;
        ValidTo = newer.ValidTo;
        return true;
    }
}
