using System.Globalization;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Infrastructure.ReferenceData;

/// <summary>
/// Reads the CBS municipality list shipped with the project (see ReferenceData/README.md for its
/// source). RFC 4180 quoting is honoured: names such as "Nuenen, Gerwen en Nederwetten" contain commas.
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

    private static List<Municipality> Parse(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header != ExpectedHeader)
        {
            throw new InvalidDataException($"Municipality reference data has header '{header}', expected '{ExpectedHeader}'.");
        }

        var municipalities = new List<Municipality>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = SplitFields(line);
            if (fields.Count != 6)
            {
                throw new InvalidDataException($"Municipality reference data line {lineNumber} has {fields.Count} fields, expected 6.");
            }

            municipalities.Add(new Municipality(fields[0], fields[1], fields[2], fields[3],
                ParseDate(fields[4]), fields[5].Length == 0 ? null : ParseDate(fields[5])));
        }

        return municipalities;
    }

    private static List<string> SplitFields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var character = line[i];
            if (quoted)
            {
                if (character == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (character == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(character);
                }
            }
            else if (character == '"')
            {
                quoted = true;
            }
            else if (character == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(character);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static DateOnly ParseDate(string value) =>
        DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
