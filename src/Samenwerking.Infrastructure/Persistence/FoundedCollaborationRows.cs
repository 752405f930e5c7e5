using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Rules;
using Samenwerking.Infrastructure.Events;
using Samenwerking.Infrastructure.Persistence.Configurations;

namespace Samenwerking.Infrastructure.Persistence;

/// <summary>
/// A collaboration just started or registered, written as one batch of inserts (its row, its participants, its history
/// line and its change events) without EF Core's change tracker: creating is the API's busiest write, and tracking and
/// saving six new rows through EF was most of its cost (docs/performance.md). A batch is one implicit transaction, so a
/// refused row leaves none. The columns are this model's: FoundedCollaborationRowsTests reads every mapped property back
/// through EF Core, so a property added to the model and not written here fails it.
/// </summary>
internal static class FoundedCollaborationRows
{
    private const string InsertCollaboration = """
        INSERT INTO collaborations (id, name, name_for_search, description, tasks, task_types, task_scope, governance_level,
            novelty, multiplicity, structure, legal_kind, legal_instrument, initiative, register, active_participant_count,
            phase, registered_in_phase, first_recorded_phase_started_on, operating_since, ended_on, end_reason,
            evaluation_interval_years, last_evaluated_on, next_evaluation_due, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24,
            $25, $26, $27)
        RETURNING xmin
        """;

    private const string InsertParticipant = """
        INSERT INTO participants (id, collaboration_id, municipality_code, joined_on, ordinal, role, left_on, withdrawal_reason)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        """;

    private const string InsertHistoryEntry = """
        INSERT INTO history_entries (id, collaboration_id, kind, summary, actor_subject, actor_name, occurred_at, subject_id,
            municipality_code)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        """;

    private const string InsertChangeEvent = """
        INSERT INTO change_events (id, type, subject, time, resource_path, municipality_codes, actor_subject, data)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        """;

    private static readonly System.Reflection.PropertyInfo VersionProperty = typeof(Collaboration).GetProperty(nameof(Collaboration.Version))!;

    public static async Task InsertAsync(SamenwerkingDbContext db, Collaboration collaboration, CancellationToken cancellationToken)
    {
        if (collaboration.Transitions.Count + collaboration.Decisions.Count + collaboration.Roles.Count
            + collaboration.NewEvaluations.Count + collaboration.NewDevelopmentActivities.Count > 0)
        {
            throw new InvalidOperationException("Founding records participants, history and events only; save later changes through the aggregate.");
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(CollaborationRow(collaboration));
        foreach (var participant in collaboration.Participants)
        {
            batch.BatchCommands.Add(ParticipantRow(collaboration.Id, participant));
        }

        foreach (var entry in collaboration.NewHistory)
        {
            batch.BatchCommands.Add(HistoryRow(collaboration.Id, entry));
        }

        foreach (var domainEvent in collaboration.DomainEvents)
        {
            batch.BatchCommands.Add(EventRow(ChangeEventData.ToStoredEvent(domainEvent)));
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var version = reader.GetFieldValue<uint>(0);
            // The other statements' errors (a participant's municipality unknown) arrive with their results.
            while (await reader.NextResultAsync(cancellationToken))
            {
            }

            // The store keeps the version, as EF Core does for a tracked row.
            VersionProperty.SetValue(collaboration, version);
        }
        catch (PostgresException exception) when (exception is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: CollaborationConfiguration.UniqueNameIndex })
        {
            throw UniqueNames.CollaborationNameTakenMeanwhile();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        collaboration.ClearDomainEvents();
    }

    private static NpgsqlBatchCommand CollaborationRow(Collaboration c) => Command(InsertCollaboration,
        Uuid(c.Id), Text(c.Name), Text(c.NameForSearch), Text(c.Description), Jsonb(TasksJson(c.Tasks)),
        TextArray(c.TaskTypes.Select(t => t.ToString()).ToArray()), Text(c.TaskScope), Text(c.GovernanceLevel), Text(c.Novelty),
        Text(c.Multiplicity), Text(c.Structure), Text(c.LegalKind), Text(c.LegalInstrument), Text(c.Initiative),
        Jsonb(RegisterEntryConversion.Converter.ConvertToProvider(c.RegisterEntry) as string), Integer(c.ActiveParticipantCount),
        Text(c.Phase), Text(c.RegisteredInPhase), Date(c.FirstRecordedPhaseStartedOn), Date(c.OperatingSince), Date(c.EndedOn),
        Text(c.EndReason), Integer(c.EvaluationIntervalYears), Date(c.LastEvaluatedOn), Date(c.NextEvaluationDue),
        Moment(c.CreatedAt), Moment(c.UpdatedAt));

    private static NpgsqlBatchCommand ParticipantRow(Guid collaborationId, Participant p) => Command(InsertParticipant,
        Uuid(p.Id), Uuid(collaborationId), Text(p.MunicipalityCode), Date(p.JoinedOn), Integer(p.Ordinal), Text(p.Role), Date(p.LeftOn),
        Text(p.WithdrawalReason));

    private static NpgsqlBatchCommand HistoryRow(Guid collaborationId, HistoryEntry h) => Command(InsertHistoryEntry,
        Uuid(h.Id), Uuid(collaborationId), Text(h.Kind), Text(h.Summary), Text(h.ActorSubject), Text(h.ActorName), Moment(h.OccurredAt),
        Uuid(h.SubjectId), Text(h.MunicipalityCode));

    private static NpgsqlBatchCommand EventRow(StoredEvent e) => Command(InsertChangeEvent,
        Uuid(e.Id), Text(e.Type), Uuid(e.Subject), Moment(e.Time), Text(e.ResourcePath), TextArray(e.MunicipalityCodes),
        Text(e.ActorSubject), Jsonb(e.Data));

    // EF Core's layout of the owned JSON column: each task's CLR property names, the type as its name.
    private static string TasksJson(IReadOnlyList<NamedTask> tasks) =>
        JsonSerializer.Serialize(tasks.Select(t => new Dictionary<string, string> { ["Name"] = t.Name, ["Type"] = t.Type.ToString() }));

    // Every parameter typed, also when null: prepared statements are kept per parameter types.
    private static NpgsqlParameter Uuid(Guid? value) => Typed(value, NpgsqlDbType.Uuid);

    private static NpgsqlParameter Text(string? value) => Typed(value, NpgsqlDbType.Text);

    // Enums are stored as their names.
    private static NpgsqlParameter Text<TEnum>(TEnum? value) where TEnum : struct, Enum => Typed(value?.ToString(), NpgsqlDbType.Text);

    private static NpgsqlParameter Text<TEnum>(TEnum value) where TEnum : struct, Enum => Typed(value.ToString(), NpgsqlDbType.Text);

    private static NpgsqlParameter TextArray(string[] value) => Typed(value, NpgsqlDbType.Array | NpgsqlDbType.Text);

    private static NpgsqlParameter Jsonb(string? value) => Typed(value, NpgsqlDbType.Jsonb);

    private static NpgsqlParameter Integer(int value) => Typed(value, NpgsqlDbType.Integer);

    private static NpgsqlParameter Date(DateOnly? value) => Typed(value, NpgsqlDbType.Date);

    private static NpgsqlParameter Moment(DateTimeOffset value) => Typed(value, NpgsqlDbType.TimestampTz);

    private static NpgsqlParameter Typed(object? value, NpgsqlDbType type) => new() { NpgsqlDbType = type, Value = value ?? DBNull.Value };

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }
}
