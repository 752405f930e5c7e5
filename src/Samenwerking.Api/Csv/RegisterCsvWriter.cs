using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Samenwerking.Application.Collaborations.ExportRegister;
using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Domain.Common;

namespace Samenwerking.Api.Csv;

/// <summary>
/// Writes register rows as RFC 4180 CSV (UTF-8, quoted where needed by Sep), in the column order of
/// <see cref="RegisterColumns.All"/>, every cell neutralised against spreadsheet formulas (<see cref="SpreadsheetFormulas"/>). Rows are written synchronously into a small buffer that goes to the
/// response whenever it fills, so the response streams without an asynchronous call per field or per row.
/// </summary>
public static class RegisterCsvWriter
{
    private const int FlushThresholdBytes = 64 * 1024;

    public static async Task WriteAsync(Stream body, IAsyncEnumerator<RegisterRow> rows, bool hasFirst, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(FlushThresholdBytes * 2);
        using var text = new StreamWriter(buffer, new UTF8Encoding(false), 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        using var csv = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen: true);
        for (var more = hasFirst; more; more = await rows.MoveNextAsync())
        {
            WriteRow(csv, rows.Current);
            if (buffer.Length >= FlushThresholdBytes)
            {
                await SendAsync(csv, text, buffer, body, cancellationToken);
            }
        }

        if (!hasFirst)
        {
            // Sep writes the header with the first row; an empty register still gets its header.
            text.Write(string.Join(',', RegisterColumns.All) + "\r\n");
        }

        await SendAsync(csv, text, buffer, body, cancellationToken);
    }

    private static async Task SendAsync(SepWriter csv, StreamWriter text, MemoryStream buffer, Stream body, CancellationToken cancellationToken)
    {
        csv.Flush();
        text.Flush();
        await body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        buffer.SetLength(0);
    }

    private static void WriteRow(SepWriter csv, RegisterRow row)
    {
        using var line = csv.NewRow();
        string[] fields =
        [
            row.Id.ToString(), row.Name, row.CitationTitle ?? "", row.Purpose ?? "", DomainTerms.Of(row.Phase),
            Date(row.InForceSince), Date(row.OperatingSince), string.Join(RegisterColumns.ListSeparator, row.ParticipantCodes),
            string.Join(RegisterColumns.ListSeparator, row.ParticipantNames), row.Centrumgemeente ?? "", Term(row.LegalKind),
            Term(row.LegalInstrument), string.Join(RegisterColumns.ListSeparator, row.TaskTypes.Select(DomainTerms.Of)), Term(row.TaskScope),
            Term(row.GovernanceLevel), Term(row.Novelty), Term(row.Multiplicity), Term(row.Structure), Term(row.Initiative),
            row.LegalProvisions ?? "",
            string.Join(RegisterColumns.ListSeparator + " ", row.Powers.Select(p => $"{DomainTerms.Of(p.Transfer)}: {p.Description}")),
            row.SeatAddress ?? "", row.SeatPlace ?? "", row.PublicationUrl ?? "", row.Bronhouder ?? "", Date(row.EndedOn),
            row.EndReason ?? "",
        ];
        for (var i = 0; i < fields.Length; i++)
        {
            line[RegisterColumns.All[i]].Set(SpreadsheetFormulas.Neutralised(fields[i]));
        }
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Term<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? DomainTerms.Of(v) : "";
}
