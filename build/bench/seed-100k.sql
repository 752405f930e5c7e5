-- Seeds :n collaborations (default 100,000) set-based, straight into a migrated database: no API, seconds
-- instead of minutes. Every row is valid for the domain (verkenning, 2-6 active participants in force
-- today, consistent dimensions left unknown). One municipality in five collaborations is Amsterdam
-- (GM0363), so "the busiest municipality" is a realistic worst case for its list.
--   psql "$DB" -v n=100000 -f build/bench/seed-100k.sql
\if :{?n} \else \set n 100000 \endif
BEGIN;
CREATE TEMP TABLE active_codes AS
  SELECT DISTINCT code, row_number() OVER (ORDER BY code) AS k FROM municipalities
  WHERE valid_from <= current_date AND (valid_to IS NULL OR valid_to > current_date);

INSERT INTO collaborations (id, name, name_for_search, description, phase, task_types, tasks, created_at, updated_at,
                            first_recorded_phase_started_on, evaluation_interval_years)
SELECT gen_random_uuid(), 'Bench samenwerking ' || g, 'bench samenwerking ' || g, NULL, 'Verkenning', ARRAY[]::text[], '[]'::jsonb,
       now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval, current_date, 4
FROM generate_series(1, :n) AS g;

INSERT INTO participants (id, collaboration_id, joined_on, left_on, municipality_code, role, withdrawal_reason)
SELECT gen_random_uuid(), c.id, current_date, NULL, a.code, 'Deelnemer', NULL
FROM (SELECT id, row_number() OVER () AS r FROM collaborations WHERE name LIKE 'Bench samenwerking %') c
CROSS JOIN LATERAL generate_series(0, 1 + (c.r % 5)) AS s(i)
JOIN active_codes a ON a.k = 1 + ((c.r * 7 + s.i * 131) % (SELECT count(*) FROM active_codes))
WHERE NOT (s.i = 0 AND c.r % 5 = 0)
UNION ALL
SELECT gen_random_uuid(), c.id, current_date, NULL, 'GM0363', 'Deelnemer', NULL
FROM (SELECT id, row_number() OVER () AS r FROM collaborations WHERE name LIKE 'Bench samenwerking %') c
WHERE c.r % 5 = 0
ON CONFLICT DO NOTHING;
COMMIT;
ANALYZE collaborations; ANALYZE participants;
