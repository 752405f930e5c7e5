// The API's statements, as PostgreSQL logged them (log_min_duration_statement=0) for the benchmarked requests.
internal static class Sql
{
    public const string Collaboration = """
        SELECT c.id, c.name, c.description, c.phase, c.task_types, c.task_scope, c.governance_level, c.novelty, c.multiplicity, c.structure, c.legal_kind IS NULL, c.legal_kind, c.legal_instrument, c.initiative, COALESCE((
            SELECT p.effective_on
            FROM phase_transitions AS p
            WHERE c.id = p.collaboration_id
            ORDER BY p.recorded_at DESC, p.id DESC
            LIMIT 1), c.first_recorded_phase_started_on), c.registered_in_phase, c.operating_since, c.task_scope = 'Alle' AND c.task_scope IS NOT NULL AND c.novelty = 'Nieuw' AND c.novelty IS NOT NULL AND c.multiplicity = 'Een' AND c.multiplicity IS NOT NULL AND c.structure = 'Centraal' AND c.structure IS NOT NULL, c.evaluation_interval_years, c.last_evaluated_on, c.next_evaluation_due, c.created_at, c.updated_at, c.xmin, c.tasks, c.register
        FROM collaborations AS c
        WHERE c.id = $1
        ORDER BY c.id
        LIMIT 1
        """;

    public const string CollaborationParticipants = """
        SELECT p0.municipality_code, COALESCE((
            SELECT m0.name
            FROM municipalities AS m0
            WHERE m0.code = p0.municipality_code
            ORDER BY m0.valid_from <= p0.joined_on AND (m0.valid_to IS NULL OR p0.joined_on < m0.valid_to) DESC, m0.valid_from DESC
            LIMIT 1), p0.municipality_code), p0.role, p0.joined_on, p0.left_on, p0.withdrawal_reason, p0.left_on IS NULL, c0.id
        FROM (
            SELECT c.id
            FROM collaborations AS c
            WHERE c.id = $1
            ORDER BY c.id
            LIMIT 1
        ) AS c0
        INNER JOIN participants AS p0 ON c0.id = p0.collaboration_id
        ORDER BY c0.id, p0.joined_on, p0.municipality_code
        """;

    public const string MunicipalityExists = """
        SELECT EXISTS (
            SELECT 1
            FROM municipalities AS m
            WHERE m.code = $1)
        """;

    public const string MunicipalityCount = """
        SELECT count(*)::int
        FROM participants AS p
        WHERE p.municipality_code = $1 AND p.left_on IS NULL
        """;

    public const string MunicipalityPage = """
        SELECT c.id, c.name, c.phase, c.legal_kind, c.legal_instrument, p.role, p.joined_on, p.left_on, p.collaboration_name_for_search, p.id
        FROM participants AS p
        INNER JOIN collaborations AS c ON p.collaboration_id = c.id
        WHERE p.municipality_code = $1 AND p.left_on IS NULL
        ORDER BY p.collaboration_name_for_search, p.joined_on, p.id
        LIMIT $2 OFFSET $3
        """;

    public const string SearchCount = """
        SELECT count(*)::int
        FROM collaborations AS c
        WHERE c.name_for_search LIKE $1 ESCAPE ''
        """;

    public const string SearchPage = """
        SELECT c.id, c.name, c.phase, c.task_types, c.legal_kind, c.legal_instrument, c.initiative, c.task_scope = 'Alle' AND c.task_scope IS NOT NULL AND c.novelty = 'Nieuw' AND c.novelty IS NOT NULL AND c.multiplicity = 'Een' AND c.multiplicity IS NOT NULL AND c.structure = 'Centraal' AND c.structure IS NOT NULL, (
            SELECT count(*)::int
            FROM participants AS p
            WHERE c.id = p.collaboration_id AND p.left_on IS NULL), c.updated_at, c.next_evaluation_due, c.name_for_search, c.created_at
        FROM collaborations AS c
        WHERE c.name_for_search LIKE $1 ESCAPE ''
        ORDER BY c.name_for_search || '', c.id
        LIMIT $2 OFFSET $3
        """;

    public const string FilterCount = """
        SELECT count(*)::int
        FROM collaborations AS c
        WHERE c.phase = $1 AND c.legal_instrument = $2
        """;

    public const string FilterPage = """
        SELECT c.id, c.name, c.phase, c.task_types, c.legal_kind, c.legal_instrument, c.initiative, c.task_scope = 'Alle' AND c.task_scope IS NOT NULL AND c.novelty = 'Nieuw' AND c.novelty IS NOT NULL AND c.multiplicity = 'Een' AND c.multiplicity IS NOT NULL AND c.structure = 'Centraal' AND c.structure IS NOT NULL, (
            SELECT count(*)::int
            FROM participants AS p
            WHERE c.id = p.collaboration_id AND p.left_on IS NULL), c.updated_at, c.next_evaluation_due, c.name_for_search, c.created_at
        FROM collaborations AS c
        WHERE c.phase = $1 AND c.legal_instrument = $2
        ORDER BY c.name_for_search, c.id
        LIMIT $3 OFFSET $4
        """;

    public const string Municipalities = """
        SELECT m.code, m.valid_from, m.name, m.name_for_search, m.province_code, m.province_name, m.valid_to
        FROM municipalities AS m
        WHERE m.code = ANY ($1)
        """;

    public const string InsertChangeEvent = """
        INSERT INTO change_events (actor_subject, data, id, municipality_codes, resource_path, subject, time, type)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        RETURNING sequence, transaction_id
        """;

    public const string InsertCollaboration = """
        INSERT INTO collaborations (tasks, id, created_at, description, evaluation_interval_years, first_recorded_phase_started_on, governance_level, initiative, last_evaluated_on, legal_instrument, legal_kind, multiplicity, name, name_for_search, next_evaluation_due, novelty, operating_since, phase, register, registered_in_phase, structure, task_scope, task_types, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)
        RETURNING xmin
        """;

    public const string InsertHistory = """
        INSERT INTO history_entries (id, actor_name, actor_subject, collaboration_id, kind, occurred_at, summary)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        """;

    public const string InsertParticipant = """
        INSERT INTO participants (id, collaboration_id, joined_on, left_on, municipality_code, role, withdrawal_reason)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        """;
}
