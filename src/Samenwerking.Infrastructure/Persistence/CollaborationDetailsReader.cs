using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samenwerking.Application.Collaborations.GetCollaboration;
using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Municipalities;
using Samenwerking.Infrastructure.Persistence.Configurations;

namespace Samenwerking.Infrastructure.Persistence;

/// <summary>
/// Get by id, the API's most frequent request, as two plain statements in one round trip on the request's connection,
/// read column by column, as the register export reads. Through EF, building and translating the projection took more
/// CPU than the statement and its rows (docs/performance.md). The municipalities' names come from the reference data
/// in memory.
/// </summary>
internal sealed class CollaborationDetailsReader(SamenwerkingDbContext db) : ICollaborationDetailsReader
{
    private const string SelectCollaboration = """
        SELECT c.id, c.name, c.description, c.phase, c.task_types, c.task_scope, c.governance_level, c.novelty, c.multiplicity,
               c.structure, c.legal_kind, c.legal_instrument, c.initiative, c.tasks,
               coalesce((SELECT t.effective_on FROM phase_transitions AS t WHERE t.collaboration_id = c.id
                         ORDER BY t.recorded_at DESC, t.id DESC LIMIT 1), c.first_recorded_phase_started_on),
               c.registered_in_phase, c.operating_since, c.evaluation_interval_years, c.last_evaluated_on, c.next_evaluation_due,
               c.register, c.created_at, c.updated_at, c.xmin, c.ended_on, c.end_reason
        FROM collaborations AS c WHERE c.id = $1
        """;

    // In joining order: by date, then in the order they were added (JoiningOrder).
    private const string SelectParticipants = """
        SELECT p.municipality_code, p.role, p.joined_on, p.left_on, p.withdrawal_reason
        FROM participants AS p WHERE p.collaboration_id = $1 ORDER BY p.joined_on, p.ordinal
        """;

    public async Task<Versioned<CollaborationDto>?> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var municipalities = await db.MunicipalityRecordsAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection())
            {
                BatchCommands = { Command(SelectCollaboration, id), Command(SelectParticipants, id) },
            };
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            var (collaboration, version) = Collaboration(reader);
            await reader.NextResultAsync(cancellationToken);
            var participants = new List<ParticipantDto>();
            while (await reader.ReadAsync(cancellationToken))
            {
                participants.Add(Participant(reader, municipalities));
            }

            return new Versioned<CollaborationDto>(collaboration with { Participants = participants }, version);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static NpgsqlBatchCommand Command(string sql, Guid id) => new(sql) { Parameters = { new NpgsqlParameter<Guid> { TypedValue = id } } };

    private static (CollaborationDto Collaboration, uint Version) Collaboration(NpgsqlDataReader reader)
    {
        var taskScope = Value<TaskScope>(reader, 5);
        var (novelty, multiplicity, structure) = (Value<Novelty>(reader, 7), Value<Multiplicity>(reader, 8), Value<Structure>(reader, 9));
        var legalKind = Value<LegalKind>(reader, 10);
        var collaboration = new CollaborationDto
        {
            Id = reader.GetGuid(0),
            Name = reader.GetString(1),
            Description = reader.IsDBNull(2) ? null : reader.GetString(2),
            Phase = StoredEnum<Phase>.Parse(reader.GetString(3)),
            Participants = [],
            TaskTypes = Array.ConvertAll(reader.GetFieldValue<string[]>(4), StoredEnum<TaskType>.Parse),
            TaskScope = taskScope,
            GovernanceLevel = Value<GovernanceLevel>(reader, 6),
            OrganisationForm = new OrganisationFormDto(novelty, multiplicity, structure),
            LegalForm = legalKind is { } kind ? new LegalFormDto(kind, Value<LegalInstrument>(reader, 11)) : null,
            Initiative = Value<Initiative>(reader, 12),
            Tasks = Tasks(reader.GetString(13)),
            CurrentPhaseStartedOn = Date(reader, 14),
            RegisteredInPhase = Value<Phase>(reader, 15),
            OperatingSince = Date(reader, 16),
            IsAmbtelijkeFusie = Domain.Collaborations.Collaboration.IsAmbtelijkeFusieOf(taskScope, novelty, multiplicity, structure),
            EvaluationIntervalYears = reader.GetInt32(17),
            LastEvaluatedOn = Date(reader, 18),
            NextEvaluationDue = Date(reader, 19),
            Register = RegisterEntryConversion.Deserialize(reader.GetString(20)).ToDto(),
            CreatedAt = reader.GetFieldValue<DateTimeOffset>(21),
            UpdatedAt = reader.GetFieldValue<DateTimeOffset>(22),
            EndedOn = Date(reader, 24),
            EndReason = reader.IsDBNull(25) ? null : reader.GetString(25),
        };
        return (collaboration, reader.GetFieldValue<uint>(23));
    }

    /// <summary>A participant with the name its municipality had on the day it joined, or else the last name it had (a merged municipality).</summary>
    private static ParticipantDto Participant(NpgsqlDataReader reader, ILookup<string, Municipality> municipalities)
    {
        var (code, joinedOn, leftOn) = (reader.GetString(0), reader.GetFieldValue<DateOnly>(2), Date(reader, 3));
        var records = municipalities[code];
        var name = (records.FirstOrDefault(m => m.ValidFrom <= joinedOn && (m.ValidTo == null || joinedOn < m.ValidTo))
                    ?? records.MaxBy(m => m.ValidFrom))?.Name ?? code;
        return new ParticipantDto(code, name, StoredEnum<ParticipantRole>.Parse(reader.GetString(1)), joinedOn, leftOn,
            reader.IsDBNull(4) ? null : reader.GetString(4), leftOn is null);
    }

    // As EF stores the owned tasks: [{"Name": "...", "Type": "Uitvoering"}].
    private static List<NamedTaskDto> Tasks(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(task =>
            new NamedTaskDto(task.GetProperty("Name").GetString()!, StoredEnum<TaskType>.Parse(task.GetProperty("Type").GetString()!)))];
    }

    private static TEnum? Value<TEnum>(NpgsqlDataReader reader, int column) where TEnum : struct, Enum =>
        reader.IsDBNull(column) ? null : StoredEnum<TEnum>.Parse(reader.GetString(column));

    private static DateOnly? Date(NpgsqlDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : reader.GetFieldValue<DateOnly>(column);
}
