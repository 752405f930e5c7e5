-- Seeds :rows collaborations straight into the tables (set-based, seconds for 100,000) with valid data: every
-- participant a municipality in force on the day it joined, dimensions and legal forms from the API's own values.
-- The spread is skewed like the real one: a few municipalities (Amsterdam, GM0363, the busiest) take part in far
-- more collaborations than most, so "the busiest municipality's list" is a hard case, not an average one.
\set ON_ERROR_STOP on
select setseed(0.42);

create temporary table seed_municipalities as
select row_number() over (order by code = 'GM0363' desc, md5(code)) - 1 as rank, code, valid_from
from municipalities where valid_to is null;

insert into collaborations (id, name, name_for_search, phase, task_types, task_scope, governance_level, novelty, multiplicity,
  structure, legal_kind, legal_instrument, initiative, tasks, created_at, updated_at, first_recorded_phase_started_on,
  operating_since, registered_in_phase, evaluation_interval_years, next_evaluation_due, register)
select id, name, lower(name), phase, task_types, task_scope, governance_level, novelty, multiplicity, structure,
  case when instrument in ('Stichting', 'Convenant') then 'Privaatrechtelijk' else 'Publiekrechtelijk' end, instrument,
  initiative, '[]'::jsonb, created_at, created_at + (random() * (now() - created_at)), created_at::date,
  case when phase = 'Doorontwikkeling' then created_at::date + 200 end, null, 4,
  case when phase = 'Doorontwikkeling' then created_at::date + 200 + 4 * 365 end, '{}'::jsonb
from (
  select gen_random_uuid() as id,
    (array['Omgevingsdienst', 'Veiligheidsregio', 'GGD', 'Belastingsamenwerking', 'Afvalinzameling', 'Sociale werkvoorziening',
           'ICT-samenwerking', 'Regionaal archief', 'Leerplicht', 'Inkoopbureau', 'Jeugdhulp', 'Recreatieschap',
           'Bedrijfsvoeringsorganisatie', 'Werkbedrijf', 'Wegbeheer'])[1 + n % 15]
      || ' ' || (array['Noord', 'Zuid', 'Oost', 'West', 'Midden', 'Rivierenland', 'Kust', 'Heuvelland', 'Veenweide', 'Polder',
                       'Delta', 'Vallei'])[1 + (n / 15) % 12] || ' ' || n as name,
    case when r < 0.15 then 'Verkenning' when r < 0.30 then 'Voorbereiding' when r < 0.50 then 'Implementatie' else 'Doorontwikkeling' end as phase,
    case n % 3 when 0 then array['Uitvoering'] when 1 then array['Bedrijfsvoering'] else array['Beleid', 'Uitvoering'] end as task_types,
    (array['Een', 'Meerdere', 'Alle'])[1 + (n / 7) % 3] as task_scope,
    (array['Strategisch', 'Tactisch', 'Operationeel'])[1 + (n / 11) % 3] as governance_level,
    (array['Nieuw', 'Bestaand'])[1 + (n / 13) % 2] as novelty,
    (array['Een', 'Meerdere'])[1 + (n / 17) % 2] as multiplicity,
    (array['Centraal', 'Decentraal'])[1 + (n / 19) % 2] as structure,
    (array['OpenbaarLichaam', 'OpenbaarLichaam', 'Bedrijfsvoeringsorganisatie', 'GemeenschappelijkOrgaan', 'Centrumgemeente',
           'RegelingZonderMeer', 'Stichting', 'Convenant'])[1 + (n / 23) % 8] as instrument,
    (array['Vrijwillig', 'Vrijwillig', 'Verplicht'])[1 + (n / 29) % 3] as initiative,
    now() - interval '30 days' - random() * interval '6 years' as created_at
  from generate_series(1, :rows) as n, lateral (select random() + 0 * n as r) as draw
) as seed;

-- 2–6 participants each; rank = floor(N · u^1.8) puts about 4% of all draws on the first municipality.
insert into participants (id, collaboration_id, municipality_code, joined_on, role, left_on, withdrawal_reason)
select gen_random_uuid(), draw.collaboration_id, m.code, greatest(draw.created_on, m.valid_from), 'Deelnemer',
  case when draw.leaves then greatest(draw.created_on, m.valid_from) + 20 end,
  case when draw.leaves then 'Uitgetreden (benchmark)' end
from (
  select distinct on (c.id, rank) c.id as collaboration_id, c.created_at::date as created_on, rank, random() < 0.04 as leaves
  from collaborations c
  cross join lateral (
    select floor((select count(*) from seed_municipalities) * power(random(), 1.8))::int as rank, c.id as needed_for_a_draw_per_row
    from generate_series(1, 2 + abs(hashtext(c.id::text)) % 5)) as pick
) as draw
join seed_municipalities m on m.rank = draw.rank;

-- What the aggregate keeps as participants join and leave (Collaboration.ActiveParticipantCount).
update collaborations c set active_participant_count = a.active
from (select collaboration_id, count(*)::int as active from participants where left_on is null group by collaboration_id) a
where a.collaboration_id = c.id;

vacuum analyze;
