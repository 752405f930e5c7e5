using FluentValidation;
using FluentValidation.Results;
using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
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
/// Reads a register file (the export's columns) into registrations, one per data row. A cell that cannot be read
/// (an unknown value, a malformed date) becomes a problem of its row and column, so a dry run reports them all.
/// Participants join on the date the collaboration started operating, else the date the regeling took effect, else today.
/// </summary>
public static class RegisterCsvReader
{
    private static readonly string[] RequiredColumns =
    [
        RegisterColumns.Name, RegisterColumns.Phase, RegisterColumns.Participants, RegisterColumns.LegalKind, RegisterColumns.LegalInstrument,
    ];

    public static async Task<IReadOnlyList<ImportRow>> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = await Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromAsync(text, cancellationToken);
        var header = csv.Header.ColNames.ToArray();
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            throw MissingHeader(missing);
        }

        var rows = new List<ImportRow>();
        var number = 1;
        await foreach (var record in csv)
        {
            number++;
            var values = new string[header.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = i < record.ColCount ? record[i].ToString() : "";
            }

            rows.Add(new RowReader(header, values, number).Read());
        }

        return rows;
    }

    /// <summary>A 400 that names the body, like every other refusal of input (not an anonymous "malformed request").</summary>
    private static ValidationException MissingHeader(string[] columns) => new([new ValidationFailure("body", Messages.Shared.Get("Csv.HeaderMissing", ("columns", string.Join(", ", columns))))]);

    private sealed class RowReader(string[] header, string[] values, int row)
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
            return new ImportRow(row, registration, problems);
        }

        private string? Text(string column) =>
            Array.IndexOf(header, column) is var index and >= 0 && !string.IsNullOrWhiteSpace(values[index]) ? values[index].Trim() : null;

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
