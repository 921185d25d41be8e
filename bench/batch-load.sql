-- Data of bench/batch.sh, set-based. Variables: installments (due installments per set), tasks
-- (completed tasks), year_job / year_sql (the years of the two sets of due installments: one for
-- the job, one for the equivalent statement).
\set ON_ERROR_STOP on
-- Clients, projects and booked builds: one build per 4 installments of each set.
WITH c AS (
  INSERT INTO contacts (first_name, last_name, email, type)
  SELECT 'Batch', 'Couple ' || g, 'batch-' || g || '@couples.invalid', 'Client'
    FROM generate_series(1, ceil(:installments / 2.0)::int) g RETURNING id),
cl AS (INSERT INTO clients (contact_id) SELECT id FROM c RETURNING id),
p AS (INSERT INTO projects (client_id, project_name, wedding_date)
      SELECT id, 'Batch wedding ' || id, DATE '2030-06-01' FROM cl RETURNING id, client_id)
INSERT INTO builds (client_id, project_id, status, approved_price, live_price)
SELECT client_id, id, 'Booked', 400.00, 400.00 FROM p;

-- Two sets of due installments, 4 per build: every other build's in the job's year.
INSERT INTO payment_installments (build_id, project_id, sequence, label, due_date, amount)
SELECT b.id, b.project_id, s, 'Part ' || s,
       make_date(CASE WHEN b.rn % 2 = 0 THEN :year_job ELSE :year_sql END, s, 10), 100.00 + s
  FROM (SELECT b.id, b.project_id, row_number() OVER (ORDER BY b.id) rn
          FROM builds b JOIN projects p ON p.id = b.project_id
         WHERE p.project_name LIKE 'Batch wedding %') b
 CROSS JOIN generate_series(1, 4) s;

-- The team and its work: 200 contributors, 50 templates, :tasks completed tasks.
WITH c AS (
  INSERT INTO contacts (first_name, last_name, email, type)
  SELECT 'Crew', 'Member ' || g, 'crew-' || g || '@team.invalid', 'Contributor'
    FROM generate_series(1, 200) g RETURNING id)
INSERT INTO contributors (contact_id, password_hash) SELECT id, 'not-a-hash' FROM c;
INSERT INTO task_templates (name, phase, effort_hours, pricing_type, hourly_rate)
SELECT 'Bench template ' || g, 'Edit', 4.00, 'Hourly', 50.00 FROM generate_series(1, 50) g;
WITH crew AS (
  SELECT array_agg(w.id ORDER BY w.id) AS ids FROM contributors w
    JOIN contacts c ON c.id = w.contact_id WHERE c.email LIKE 'crew-%@team.invalid'),
templates AS (
  SELECT array_agg(id ORDER BY id) AS ids FROM task_templates WHERE name LIKE 'Bench template %'),
projects AS (
  SELECT array_agg(id ORDER BY id) AS ids FROM (
    SELECT id FROM projects WHERE project_name LIKE 'Batch wedding %' ORDER BY id LIMIT 1000) p)
INSERT INTO tasks (project_id, task_template_id, assigned_to_contributor_id, status,
                   actual_duration_hours)
SELECT projects.ids[1 + g % cardinality(projects.ids)],
       templates.ids[1 + g % cardinality(templates.ids)],
       crew.ids[1 + (g / 50) % cardinality(crew.ids)],
       'Completed', 0.25 + (hashtext(g::text) & 1023) / 100.0
  FROM generate_series(1, :tasks) g, crew, templates, projects;
VACUUM ANALYZE;
