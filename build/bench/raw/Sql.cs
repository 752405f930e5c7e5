// The API's statements, as PostgreSQL logged them (log_min_duration_statement=0) for the benchmarked requests.
internal static class Sql
{
    // The collaboration and its participants in one statement, as the API reads it since it stopped splitting this query.
    public const string Collaboration = """
        SELECT c0.id, c0.name, c0.description, c0.phase, p.municipality_code, COALESCE((
            SELECT m.name
            FROM municipalities AS m
            WHERE m.code = p.municipality_code
            ORDER BY m.valid_from <= p.joined_on AND (m.valid_to IS NULL OR p.joined_on < m.valid_to) DESC, m.valid_from DESC
            LIMIT 1), p.municipality_code), p.role, p.joined_on, p.left_on, p.withdrawal_reason, p.left_on IS NULL, p.id, c0.task_types, c0.task_scope, c0.governance_level, c0.novelty, c0.multiplicity, c0.structure, c0.c, c0.legal_kind, c0.legal_instrument, c0.initiative, c0.c0, c0.registered_in_phase, c0.operating_since, c0.c1, c0.evaluation_interval_years, c0.last_evaluated_on, c0.next_evaluation_due, c0.created_at, c0.updated_at, c0.c2, c0.register, c0.xmin
        FROM (
            SELECT c.id, c.name, c.description, c.phase, c.task_types, c.task_scope, c.governance_level, c.novelty, c.multiplicity, c.structure, c.legal_kind IS NULL AS c, c.legal_kind, c.legal_instrument, c.initiative, COALESCE((
                SELECT p0.effective_on
                FROM phase_transitions AS p0
                WHERE c.id = p0.collaboration_id
                ORDER BY p0.recorded_at DESC, p0.id DESC
                LIMIT 1), c.first_recorded_phase_started_on) AS c0, c.registered_in_phase, c.operating_since, c.task_scope = 'Alle' AND c.task_scope IS NOT NULL AND c.novelty = 'Nieuw' AND c.novelty IS NOT NULL AND c.multiplicity = 'Een' AND c.multiplicity IS NOT NULL AND c.structure = 'Centraal' AND c.structure IS NOT NULL AS c1, c.evaluation_interval_years, c.last_evaluated_on, c.next_evaluation_due, c.created_at, c.updated_at, c.tasks AS c2, c.register, c.xmin
            FROM collaborations AS c
            WHERE c.id = $1
            LIMIT 1
        ) AS c0
        LEFT JOIN participants AS p ON c0.id = p.collaboration_id
        ORDER BY c0.id, p.joined_on, p.ordinal
        """;

    public const string MunicipalityPage = """
        SELECT c.id, c.name, c.phase, c.legal_kind, c.legal_instrument, p.role, p.joined_on, p.left_on, p.collaboration_name_for_search, p.id, (
            SELECT COALESCE(sum(m.active), 0)::int
            FROM municipality_participation_counts AS m
            WHERE m.municipality_code = $1)
        FROM participants AS p
        INNER JOIN collaborations AS c ON p.collaboration_id = c.id
        WHERE p.municipality_code = $1 AND p.left_on IS NULL
        ORDER BY p.collaboration_name_for_search, p.joined_on, p.id
        LIMIT $2 OFFSET $3
        """;

    // The API's statement for a search alone: its page is chosen among the word entries of the names (the words that end
    // in the term's first word, followed by one starting with its second), counted by a window over all the matches
    // before the LIMIT, then those collaborations are read. (The API's statement also has a DISTINCT over the page's
    // keys, which is how EF is made to keep the window there.)
    public const string SearchPage = """
        SELECT c.id, c.name, c.phase, c.task_types, c.legal_kind, c.legal_instrument, c.initiative, c.task_scope = 'Alle' AND c.task_scope IS NOT NULL AND c.novelty = 'Nieuw' AND c.novelty IS NOT NULL AND c.multiplicity = 'Een' AND c.multiplicity IS NOT NULL AND c.structure = 'Centraal' AND c.structure IS NOT NULL, c.active_participant_count, c.updated_at, c.next_evaluation_due, c.name_for_search, c.created_at, m.total
        FROM (
            SELECT matches.name_for_search, matches.collaboration_id, (count(*) OVER ())::int AS total
            FROM (
                SELECT DISTINCT e.name_for_search, e.collaboration_id
                FROM name_words_reversed_between($1, $2) AS w
                INNER JOIN collaboration_name_words AS e ON w.word = e.word
                WHERE e.next_word >= $3 AND e.next_word < $4 AND e.name_for_search LIKE $5 ESCAPE '\') AS matches
            ORDER BY matches.name_for_search, matches.collaboration_id
            LIMIT $6 OFFSET $7) AS m
        INNER JOIN collaborations AS c ON c.id = m.collaboration_id
        ORDER BY c.name_for_search, c.id
        """;

    public const string FilterPage = """
        SELECT c.id, c.name, c.phase, c.task_types, c.legal_kind, c.legal_instrument, c.initiative, c.task_scope = 'Alle' AND c.task_scope IS NOT NULL AND c.novelty = 'Nieuw' AND c.novelty IS NOT NULL AND c.multiplicity = 'Een' AND c.multiplicity IS NOT NULL AND c.structure = 'Centraal' AND c.structure IS NOT NULL, c.active_participant_count, c.updated_at, c.next_evaluation_due, c.name_for_search, c.created_at, (
            SELECT COALESCE(sum(k.collaborations), 0)::int
            FROM collaboration_counts AS k
            WHERE k.phase = $1 AND k.legal_instrument = $2)
        FROM collaborations AS c
        WHERE c.phase = $1 AND c.legal_instrument = $2
        ORDER BY c.name_for_search, c.id
        LIMIT $3 OFFSET $4
        """;

    // Read once at start-up, as the API keeps the municipalities' reference data in memory.
    public const string Municipalities = """
        SELECT m.code, m.valid_from, m.name, m.name_for_search, m.province_code, m.province_name, m.valid_to
        FROM municipalities AS m
        """;

    public const string InsertChangeEvent = """
        INSERT INTO change_events (actor_subject, data, id, municipality_codes, resource_path, subject, time, type)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        RETURNING sequence, transaction_id
        """;

    public const string InsertCollaboration = """
        INSERT INTO collaborations (tasks, active_participant_count, id, created_at, description, evaluation_interval_years, first_recorded_phase_started_on, governance_level, initiative, last_evaluated_on, legal_instrument, legal_kind, multiplicity, name, name_for_search, next_evaluation_due, novelty, operating_since, phase, register, registered_in_phase, structure, task_scope, task_types, updated_at)
        VALUES ($1, $25, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)
        RETURNING xmin
        """;

    public const string InsertHistory = """
        INSERT INTO history_entries (id, actor_name, actor_subject, collaboration_id, kind, occurred_at, summary)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        """;

    public const string InsertParticipant = """
        INSERT INTO participants (id, collaboration_id, joined_on, left_on, municipality_code, ordinal, role, withdrawal_reason)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        """;
}
