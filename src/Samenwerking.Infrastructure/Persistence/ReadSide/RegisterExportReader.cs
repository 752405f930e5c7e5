using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Samenwerking.Application.Collaborations.ExportRegister;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Collaborations.Register;
using Samenwerking.Infrastructure.ReferenceData;

namespace Samenwerking.Infrastructure.Persistence.ReadSide;

/// <summary>
/// The register export as one hand-written statement on the read side's connection, read column by column. An export
/// reads every collaboration, and through EF each row paid for value converters per enum column and for deserializing
/// the whole register entry; here the database picks out the register's fields (<c>register-&gt;&gt;'…'</c>), stored
/// names become domain values through a lookup, and the powers arrive as (transfer, description) pairs.
/// </summary>
internal sealed class RegisterExportReader(SamenwerkingDbContext db, MunicipalityRecordsCache municipalityRecords) : IRegisterExportReader
{
    // The active participants in joining order come from the partial index ix_participants_active_joining_order alone:
    // an index-only scan per collaboration that is already in that order, so nothing is sorted per row (an aggregate with
    // ORDER BY would sort every collaboration's participants; PostgreSQL 15 does not see the index's order there).
    private const string Select = """
        SELECT c.id, c.name, c.register->>'citationTitle', c.register->>'purpose', c.phase, (c.register->>'inForceSince')::date,
               c.operating_since,
               ARRAY(SELECT a.municipality_code FROM participants AS a
                     WHERE a.collaboration_id = c.id AND a.left_on IS NULL ORDER BY a.joined_on, a.ordinal),
               (SELECT a.municipality_code FROM participants AS a
                WHERE a.collaboration_id = c.id AND a.left_on IS NULL AND a.role = @centrumgemeente
                ORDER BY a.joined_on, a.ordinal LIMIT 1),
               c.legal_kind, c.legal_instrument, c.task_types, c.task_scope, c.governance_level, c.novelty, c.multiplicity,
               c.structure, c.initiative, c.register->>'legalProvisions',
               CASE WHEN jsonb_array_length(c.register->'powers') > 0 THEN ARRAY(
                   SELECT ARRAY[e.power->>'transfer', e.power->>'description']
                   FROM jsonb_array_elements(c.register->'powers') WITH ORDINALITY AS e(power, n) ORDER BY e.n) END,
               c.register->'seat'->>'address', c.register->'seat'->>'place', c.register->>'publicationUrl',
               c.register->>'bronhouder', c.ended_on, c.end_reason
        FROM collaborations AS c
        """;

    public async IAsyncEnumerable<RegisterRow> ReadAsync(ExportRegisterQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // The name each code has now, or had last for a merged municipality, from the reference data in memory.
            var names = (await municipalityRecords.GetAsync(db, cancellationToken))
                .ToDictionary(records => records.Key, records => records.MaxBy(m => m.ValidFrom)!.Name, StringComparer.Ordinal);
            await using var command = Command(connection, query);
            // Rows are small, so each is read whole by ReadAsync: the columns are then read without waiting on the network.
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                yield return Row(reader, names);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, ExportRegisterQuery query)
    {
        var command = new NpgsqlCommand { Connection = connection };
        command.Parameters.AddWithValue("centrumgemeente", StoredEnum<ParticipantRole>.NameOf(ParticipantRole.Centrumgemeente));
        var sql = new StringBuilder(Select).Append("\nWHERE TRUE");
        if (query.MunicipalityCode is { } code)
        {
            // character(6), like the column, so the index on (municipality_code, left_on) serves the lookup.
            command.Parameters.Add(new NpgsqlParameter("municipality", NpgsqlDbType.Char) { Value = code });
            sql.Append("\n  AND EXISTS (SELECT 1 FROM participants AS m WHERE m.collaboration_id = c.id AND m.municipality_code = @municipality")
                .Append(query.IncludeFormer ? ")" : " AND m.left_on IS NULL)");
        }

        if (query.CollaborationIds is { } ids)
        {
            command.Parameters.AddWithValue("ids", ids.ToArray());
            sql.Append("\n  AND c.id = ANY(@ids)");
        }

        if (!query.IncludeEnded)
        {
            sql.Append("\n  AND c.ended_on IS NULL");
        }

        Filter(command, sql, "legal_kind", query.LegalKind);
        Filter(command, sql, "legal_instrument", query.LegalInstrument);
        Filter(command, sql, "phase", query.Phase);
        command.CommandText = sql.Append("\nORDER BY c.name_for_search").ToString();
        return command;
    }

    private static void Filter<TEnum>(NpgsqlCommand command, StringBuilder sql, string column, TEnum? value) where TEnum : struct, Enum
    {
        if (value is { } filter)
        {
            command.Parameters.AddWithValue(column, StoredEnum<TEnum>.NameOf(filter));
            sql.Append($"\n  AND c.{column} = @{column}");
        }
    }

    private static RegisterRow Row(NpgsqlDataReader reader, Dictionary<string, string> names)
    {
        var id = reader.GetGuid(0);
        var name = reader.GetString(1);
        var citationTitle = Text(reader, 2);
        var purpose = Text(reader, 3);
        var phase = StoredEnum<Phase>.Parse(reader.GetString(4));
        var inForceSince = Date(reader, 5);
        var operatingSince = Date(reader, 6);
        var codes = reader.GetFieldValue<string[]>(7);
        var centrumgemeente = Text(reader, 8);
        var legalKind = Value<LegalKind>(reader, 9);
        var legalInstrument = Value<LegalInstrument>(reader, 10);
        var taskTypes = Array.ConvertAll(reader.GetFieldValue<string[]>(11), StoredEnum<TaskType>.Parse);
        var taskScope = Value<TaskScope>(reader, 12);
        var governanceLevel = Value<GovernanceLevel>(reader, 13);
        var novelty = Value<Novelty>(reader, 14);
        var multiplicity = Value<Multiplicity>(reader, 15);
        var structure = Value<Structure>(reader, 16);
        var initiative = Value<Initiative>(reader, 17);
        var legalProvisions = Text(reader, 18);
        var powers = reader.IsDBNull(19) ? [] : Powers(reader.GetFieldValue<string[,]>(19));
        return new RegisterRow(id, name, citationTitle, purpose, phase, inForceSince, operatingSince,
            codes, Array.ConvertAll(codes, code => names.GetValueOrDefault(code, code)), centrumgemeente,
            legalKind, legalInstrument, taskTypes, taskScope, governanceLevel, novelty, multiplicity, structure, initiative,
            legalProvisions, powers, SeatAddress: Text(reader, 20), SeatPlace: Text(reader, 21), PublicationUrl: Text(reader, 22),
            Bronhouder: Text(reader, 23), EndedOn: Date(reader, 24), EndReason: Text(reader, 25));
    }

    private static Power[] Powers(string[,] pairs)
    {
        var powers = new Power[pairs.GetLength(0)];
        for (var i = 0; i < powers.Length; i++)
        {
            powers[i] = new Power(pairs[i, 1], StoredEnum<PowerTransfer>.Parse(pairs[i, 0]));
        }

        return powers;
    }

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateOnly? Date(NpgsqlDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : reader.GetFieldValue<DateOnly>(column);

    private static TEnum? Value<TEnum>(NpgsqlDataReader reader, int column) where TEnum : struct, Enum =>
        reader.IsDBNull(column) ? null : StoredEnum<TEnum>.Parse(reader.GetString(column));
}
