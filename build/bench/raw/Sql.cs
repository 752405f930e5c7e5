namespace Samenwerking.Bench.Raw;

/// <summary>The yardstick's statements: the plainest SQL for each request, each prepared on its connection after two uses.</summary>
internal static class Sql
{
    public const string Collaboration = """
        SELECT c.id, c.name, c.description, c.phase, c.task_types, c.task_scope, c.governance_level, c.novelty, c.multiplicity,
               c.structure, c.legal_kind, c.legal_instrument, c.initiative, c.tasks::text,
               coalesce((SELECT t.effective_on FROM phase_transitions AS t WHERE t.collaboration_id = c.id
                         ORDER BY t.recorded_at DESC, t.id DESC LIMIT 1), c.first_recorded_phase_started_on),
               c.registered_in_phase, c.operating_since, c.evaluation_interval_years, c.last_evaluated_on, c.next_evaluation_due,
               c.register::text, c.created_at, c.updated_at, c.xmin, c.ended_on, c.end_reason
        FROM collaborations AS c WHERE c.id = $1
        """;

    public const string Participants = """
        SELECT municipality_code, role, joined_on, left_on, withdrawal_reason
        FROM participants WHERE collaboration_id = $1 ORDER BY joined_on, ordinal
        """;

    /// <summary>A list's columns; the folded name last but one, the row's sort key for the cursor.</summary>
    public const string SummaryColumns = """
        id, name, phase, task_types, legal_kind, legal_instrument, initiative, task_scope, novelty, multiplicity, structure,
        name_for_search, active_participant_count, updated_at, next_evaluation_due, ended_on
        """;

    public const string MunicipalityCount = """
        SELECT count(*) FROM participants AS p
        WHERE p.municipality_code = $1 AND p.left_on IS NULL
          AND NOT EXISTS (SELECT 1 FROM collaborations AS c WHERE c.id = p.collaboration_id AND c.ended_on IS NOT NULL)
        """;

    public const string MunicipalityPage = """
        SELECT c.id, c.name, c.phase, c.legal_kind, c.legal_instrument, p.role, p.joined_on, p.left_on, p.collaboration_name_for_search, p.id, c.ended_on
        FROM participants AS p JOIN collaborations AS c ON c.id = p.collaboration_id
        WHERE p.municipality_code = $1 AND p.left_on IS NULL
          AND NOT EXISTS (SELECT 1 FROM collaborations AS e WHERE e.id = p.collaboration_id AND e.ended_on IS NOT NULL)
        ORDER BY p.collaboration_name_for_search, p.joined_on, p.id
        LIMIT $2 OFFSET $3
        """;

    public const string InsertCollaboration = """
        INSERT INTO collaborations (id, name, name_for_search, tasks, task_types, task_scope, legal_kind, legal_instrument, initiative,
            active_participant_count, first_recorded_phase_started_on, created_at, updated_at, register, phase, evaluation_interval_years)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, 'Verkenning', 4)
        RETURNING xmin
        """;

    public const string InsertHistory = """
        INSERT INTO history_entries (id, collaboration_id, occurred_at, summary, kind, actor_name, actor_subject)
        VALUES ($1, $2, $3, $4, 'Created', 'Benchmark (administrator)', 'bench')
        """;

    public const string InsertParticipant = """
        INSERT INTO participants (id, collaboration_id, municipality_code, joined_on, ordinal, role)
        VALUES ($1, $2, $3, $4, $5, 'Deelnemer')
        """;

    public const string InsertChangeEvent = """
        INSERT INTO change_events (id, data, municipality_codes, resource_path, subject, time, type, actor_subject)
        VALUES ($1, $2, $3, $4, $5, $6, 'nl.samenwerking.collaboration.created', 'bench')
        """;
}
