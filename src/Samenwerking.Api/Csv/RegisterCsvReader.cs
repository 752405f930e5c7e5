using FluentValidation;
using FluentValidation.Results;
using System.Globalization;
using System.Runtime.CompilerServices;
using nietras.SeparatedValues;
using Samenwerking.Api.InputScreening;
using Samenwerking.Api.Json;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Collaborations.CreateCollaboration;
using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Imports.ImportRegister;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Collaborations.Register;

namespace Samenwerking.Api.Csv;

/// <summary>
/// Reads a register file (the export's columns) into registrations, one per data row, as the file arrives: nothing but
/// the row at hand is held. A cell that cannot be read (an unknown value, a malformed date) becomes a problem of its row
/// and column, so a dry run reports them all; a cell that is no text at all (bytes invalid in the file's encoding, a
/// control character) is refused, so it never reaches the database. A cell the export neutralised against spreadsheet
/// formulas is read back as the value it stands for. Participants join on the date the collaboration started operating,
/// else the date the regeling took effect, else today.
/// </summary>
public static class RegisterCsvReader
{
    private static readonly string[] RequiredColumns =
    [
        RegisterColumns.Name, RegisterColumns.Phase, RegisterColumns.Participants, RegisterColumns.LegalKind, RegisterColumns.LegalInstrument,
    ];

    public static async IAsyncEnumerable<ImportRow> ReadAsync(Stream body, ImportEncoding encoding,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var text = new ImportText(body, encoding);
        using var csv = await OpenAsync(text, cancellationToken);
        var cells = new CellScreen(text, encoding);
        var header = csv.Header.ColNames.ToArray();
        var headerRefusals = header.Select((name, index) => cells.Refusal(1, name, name)).OfType<ImportProblem>().ToList();
        if (headerRefusals.Count > 0)
        {
            throw new ValidationException(headerRefusals.Select(p => new ValidationFailure($"rows[1].{p.Column}", p.Problem)));
        }

        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            throw MissingHeader(missing);
        }

        var number = 1;
        await foreach (var record in csv)
        {
            number++;
            var values = new string[header.Length];
            var refused = new List<ImportProblem>();
            for (var i = 0; i < record.ColCount; i++)
            {
                var column = i < header.Length ? header[i] : (i + 1).ToString(CultureInfo.InvariantCulture);
                var cell = SpreadsheetFormulas.Restored(record[i].ToString()).Trim();
                if (cells.Refusal(number, column, cell) is { } refusal)
                {
                    refused.Add(refusal);
                    cell = "";
                }

                if (i < values.Length)
                {
                    values[i] = cell;
                }
            }

            for (var i = record.ColCount; i < values.Length; i++)
            {
                values[i] = "";
            }

            yield return new RowReader(header, values, number, refused).Read();
        }
    }

    private static async ValueTask<SepReader> OpenAsync(ImportText text, CancellationToken cancellationToken)
    {
        try
        {
            return await Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromAsync(text, cancellationToken);
        }
        catch (ArgumentException duplicate)
        {
            // Sep refuses a header that names a column twice: which row would a problem with that column point to?
            throw new ValidationException([new ValidationFailure("rows[1]", Messages.Shared.Get("Csv.HeaderDuplicate", ("detail", duplicate.Message)))]);
        }
    }

    /// <summary>A 400 that names the body, like every other refusal of input (not an anonymous "malformed request").</summary>
    private static ValidationException MissingHeader(string[] columns) => new([new ValidationFailure("body", Messages.Shared.Get("Csv.HeaderMissing", ("columns", string.Join(", ", columns))))]);

    /// <summary>
    /// Refuses a cell that is no text: bytes the file's encoding does not allow (told from a real U+FFFD by
    /// <see cref="ImportText.IsInvalid"/>, which counts every U+FFFD in reading order, as the cells are screened) or a
    /// control character, which no register field may hold and PostgreSQL cannot even store (U+0000).
    /// </summary>
    private sealed class CellScreen(ImportText text, ImportEncoding encoding)
    {
        private long replacements;

        public ImportProblem? Refusal(int row, string column, string cell)
        {
            var invalid = false;
            foreach (var c in cell)
            {
                if (c == '\uFFFD')
                {
                    invalid |= text.IsInvalid(replacements++);
                }
            }

            if (invalid)
            {
                var name = encoding == ImportEncoding.Utf8 ? "UTF-8" : "Windows-1252";
                return new ImportProblem(row, column, Messages.Shared.Get("Csv.EncodingInvalid", ("encoding", name)));
            }

            return ControlCharacters.AnyRefused(cell, multiLine: false)
                ? new ImportProblem(row, column, ControlCharacters.Message(column, multiLine: false))
                : null;
        }
    }

    private sealed class RowReader(string[] header, string[] values, int row, IReadOnlyList<ImportProblem> refused)
    {
        private readonly List<ImportProblem> problems = [];

        public ImportRow Read()
        {
            var operatingSince = Date(RegisterColumns.OperatingSince);
            var inForceSince = Date(RegisterColumns.InForceSince);
            var joinedOn = operatingSince ?? inForceSince;
            var centre = Text(RegisterColumns.Centrumgemeente);
            var participants = List(RegisterColumns.Participants)
                .Select(code => new ParticipantInput(code, joinedOn, code == centre ? ParticipantRole.Centrumgemeente : ParticipantRole.Deelnemer))
                .ToList();
            if (centre is not null && participants.All(p => p.MunicipalityCode != centre))
            {
                Problem(RegisterColumns.Centrumgemeente, Messages.Shared.Get("Csv.CentrumgemeenteNotParticipating", ("centre", centre)));
            }

            var kind = Term<LegalKind>(RegisterColumns.LegalKind);
            var seatAddress = Text(RegisterColumns.SeatAddress);
            var seatPlace = Text(RegisterColumns.SeatPlace);
            var registration = new CreateCollaborationCommand
            {
                Name = Text(RegisterColumns.Name) ?? "",
                Participants = participants,
                Phase = Term<Phase>(RegisterColumns.Phase),
                OperatingSince = operatingSince,
                TaskTypes = [.. List(RegisterColumns.TaskTypes).Select(t => Parse<TaskType>(RegisterColumns.TaskTypes, t)).OfType<TaskType>()],
                TaskScope = Term<TaskScope>(RegisterColumns.TaskScope),
                GovernanceLevel = Term<GovernanceLevel>(RegisterColumns.GovernanceLevel),
                OrganisationForm = new OrganisationFormInput(Term<Novelty>(RegisterColumns.Novelty), Term<Multiplicity>(RegisterColumns.Multiplicity),
                    Term<Structure>(RegisterColumns.Structure)),
                LegalForm = kind is { } k ? new LegalFormInput(k, Term<LegalInstrument>(RegisterColumns.LegalInstrument)) : null,
                Initiative = Term<Initiative>(RegisterColumns.Initiative),
                Register = new RegisterEntryInput
                {
                    CitationTitle = Text(RegisterColumns.CitationTitle),
                    Purpose = Text(RegisterColumns.Purpose),
                    InForceSince = inForceSince,
                    LegalProvisions = Text(RegisterColumns.LegalProvisions),
                    Powers = Powers(),
                    Seat = seatAddress is null && seatPlace is null ? null : new SeatInput(seatAddress ?? "", seatPlace ?? ""),
                    PublicationUrl = Text(RegisterColumns.PublicationUrl),
                    Bronhouder = Text(RegisterColumns.Bronhouder),
                },
            };
            return new ImportRow(row, registration, problems, refused);
        }

        private string? Text(string column) =>
            Array.IndexOf(header, column) is var index and >= 0 && values[index].Length > 0 ? values[index] : null;

        private List<string> List(string column) =>
            Text(column) is { } value ? [.. value.Split(RegisterColumns.ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];

        private DateOnly? Date(string column)
        {
            if (Text(column) is not { } value)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Problem(column, Messages.Shared.Get("Csv.DateMalformed", ("value", value)));
            return null;
        }

        private TEnum? Term<TEnum>(string column) where TEnum : struct, Enum =>
            Text(column) is { } value ? Parse<TEnum>(column, value) : null;

        private TEnum? Parse<TEnum>(string column, string value) where TEnum : struct, Enum
        {
            if (DomainValues.TryParse<TEnum>(value, out var parsed))
            {
                return parsed;
            }

            Problem(column, DomainValues.NotAllowedMessage<TEnum>(value));
            return null;
        }

        /// <summary>Powers as `wijze: omschrijving`, separated by `;`.</summary>
        private List<PowerInput> Powers()
        {
            var powers = new List<PowerInput>();
            foreach (var item in List(RegisterColumns.Powers))
            {
                var colon = item.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0)
                {
                    Problem(RegisterColumns.Powers, Messages.Shared.Get("Csv.PowerMalformed", ("item", item)));
                    continue;
                }

                if (Parse<PowerTransfer>(RegisterColumns.Powers, item[..colon].Trim()) is { } transfer)
                {
                    powers.Add(new PowerInput(item[(colon + 1)..].Trim(), transfer));
                }
            }

            return powers;
        }

        private void Problem(string column, string problem) => problems.Add(new ImportProblem(row, column, problem));
    }
}
