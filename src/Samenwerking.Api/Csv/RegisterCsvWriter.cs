using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Samenwerking.Application.Collaborations.ExportRegister;
using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Domain.Common;

namespace Samenwerking.Api.Csv;

/// <summary>
/// Writes register rows as RFC 4180 CSV (UTF-8, quoted where needed by Sep), in the column order of
/// <see cref="RegisterColumns.All"/>, flushing as it goes so the response streams.
/// </summary>
public static class RegisterCsvWriter
{
    public static async Task WriteAsync(Stream body, IAsyncEnumerator<RegisterRow> rows, bool hasFirst, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(body, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await using var csv = Sep.New(',').Writer(o => o with { Escape = true }).To(text);
        for (var more = hasFirst; more; more = await rows.MoveNextAsync())
        {
            await using var line = csv.NewRow(cancellationToken);
            var row = rows.Current;
            var register = row.Register;
            string[] fields =
            [
                row.Id.ToString(), row.Name, register.CitationTitle ?? "", register.Purpose ?? "", DomainTerms.Of(row.Phase),
                Date(register.InForceSince), Date(row.OperatingSince), string.Join(RegisterColumns.ListSeparator, row.ParticipantCodes),
                string.Join(RegisterColumns.ListSeparator, row.ParticipantNames), row.Centrumgemeente ?? "", Term(row.LegalKind),
                Term(row.LegalInstrument), string.Join(RegisterColumns.ListSeparator, row.TaskTypes.Select(DomainTerms.Of)), Term(row.TaskScope),
                Term(row.GovernanceLevel), Term(row.Novelty), Term(row.Multiplicity), Term(row.Structure), Term(row.Initiative),
                register.LegalProvisions ?? "",
                string.Join(RegisterColumns.ListSeparator + " ", register.Powers.Select(p => $"{DomainTerms.Of(p.Transfer)}: {p.Description}")),
                register.Seat?.Address ?? "", register.Seat?.Place ?? "", register.PublicationUrl ?? "", register.Bronhouder ?? "",
            ];
            for (var i = 0; i < fields.Length; i++)
            {
                line[RegisterColumns.All[i]].Set(fields[i]);
            }
        }

        if (!hasFirst)
        {
            // Sep writes the header with the first row; an empty register still gets its header.
            await text.WriteAsync(string.Join(',', RegisterColumns.All) + "\r\n");
        }
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Term<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? DomainTerms.Of(v) : "";
}
