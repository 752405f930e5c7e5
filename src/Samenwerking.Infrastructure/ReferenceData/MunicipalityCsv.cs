using System.Globalization;
using nietras.SeparatedValues;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Infrastructure.ReferenceData;

/// <summary>
/// Reads the CBS municipality list shipped with the project (see ReferenceData/README.md for its
/// source) with Sep, which honours RFC 4180 quoting: names such as "Nuenen, Gerwen en Nederwetten" contain commas.
/// </summary>
internal static class MunicipalityCsv
{
    private const string ExpectedHeader = "code,name,provinceCode,provinceName,validFrom,validTo";
    private const string ResourceName = "Samenwerking.ReferenceData.gemeenten.csv";

    public static IReadOnlyList<Municipality> ReadEmbedded()
    {
        using var stream = typeof(MunicipalityCsv).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    private static List<Municipality> Parse(TextReader text)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).From(text);
        var header = string.Join(',', reader.Header.ColNames);
        if (header != ExpectedHeader)
        {
            throw new InvalidDataException($"Municipality reference data has header '{header}', expected '{ExpectedHeader}'.");
        }

        var municipalities = new List<Municipality>();
        foreach (var row in reader)
        {
            var validTo = row["validTo"].ToString();
            municipalities.Add(new Municipality(row["code"].ToString(), row["name"].ToString(), row["provinceCode"].ToString(),
                row["provinceName"].ToString(), ParseDate(row["validFrom"].ToString()), validTo.Length == 0 ? null : ParseDate(validTo)));
        }

        return municipalities;
    }

    private static DateOnly ParseDate(string value) =>
        DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
