using System.Globalization;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using nietras.SeparatedValues;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Municipalities.ImportMunicipalityRecords;

namespace Samenwerking.Api.Csv;

/// <summary>
/// Reads municipality records in the shape of the shipped reference file (ReferenceData/gemeenten.csv:
/// code,name,provinceCode,provinceName,validFrom,validTo), with an optional `successorCode` column. A date that cannot be
/// read is a problem of its row and column; every one is reported in one 400.
/// </summary>
public static class MunicipalityRecordsCsvReader
{
    private static readonly string[] RequiredColumns = ["code", "name", "provinceCode", "provinceName", "validFrom", "validTo"];

    public static async Task<IReadOnlyList<MunicipalityRecordValues>> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = await Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromAsync(text, cancellationToken);
        var header = csv.Header.ColNames.ToArray();
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            throw new ValidationException([new ValidationFailure("body", Messages.Shared.Get("Csv.HeaderMissing", ("columns", string.Join(", ", RequiredColumns))))]);
        }

        var records = new List<MunicipalityRecordValues>();
        var problems = new List<ValidationFailure>();
        var row = 1;
        await foreach (var line in csv)
        {
            row++;
            var cells = new string[line.ColCount];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = line[c].ToString().Trim();
            }

            string Cell(string column) => Array.IndexOf(header, column) is var i and >= 0 && i < cells.Length ? cells[i] : "";
            DateOnly? Date(string column)
            {
                var value = Cell(column);
                if (value.Length == 0)
                {
                    return null;
                }

                if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }

                problems.Add(new ValidationFailure($"rows[{row}].{column}", Messages.Shared.Get("Csv.DateMalformed", ("value", value))));
                return null;
            }

            var successor = Cell("successorCode");
            records.Add(new MunicipalityRecordValues
            {
                Code = Cell("code"), Name = Cell("name"), ProvinceCode = Cell("provinceCode"), ProvinceName = Cell("provinceName"),
                ValidFrom = Date("validFrom") ?? default, ValidTo = Date("validTo"), SuccessorCode = successor.Length == 0 ? null : successor,
            });
        }

        return problems.Count > 0 ? throw new ValidationException(problems) : records;
    }
}
