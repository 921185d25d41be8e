-- A catalog for the ledger benchmark (psql variable :suffix makes its names unique): 20 scenes,
-- 4 editing styles, 10 task templates (hourly with effort rules, and fixed), one deliverable whose 20
-- default components cover every scene, and 200 recipes for it mixing exact and NULL (any) scenes and
-- styles with priorities, so every component matches several recipes. Prints the ids the driver needs.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE bench_scene ON COMMIT DROP AS
  WITH s AS (
    INSERT INTO coverage_scenes (name)
    SELECT 'Bench scene ' || n || ' ' || :'suffix' FROM generate_series(1, 20) n RETURNING id)
  SELECT id, row_number() OVER (ORDER BY id) AS n FROM s;
CREATE TEMP TABLE bench_style ON COMMIT DROP AS
  WITH s AS (
    INSERT INTO editing_styles (name)
    SELECT 'Bench style ' || n || ' ' || :'suffix' FROM generate_series(1, 4) n RETURNING id)
  SELECT id, row_number() OVER (ORDER BY id) AS n FROM s;
CREATE TEMP TABLE bench_template ON COMMIT DROP AS
  WITH t AS (
    INSERT INTO task_templates (name, pricing_type, hourly_rate, fixed_price, effort_hours,
                                effort_calculation_rules)
    SELECT 'Bench task ' || n || ' ' || :'suffix',
           CASE WHEN n % 3 = 0 THEN 'Fixed' ELSE 'Hourly' END::pricing_type_options,
           CASE WHEN n % 3 = 0 THEN NULL ELSE 40 + n END,
           CASE WHEN n % 3 = 0 THEN 100 + 10 * n END,
           1.5,
           CASE WHEN n % 2 = 0
                THEN jsonb_build_object('baseHours', 1, 'hoursPerTargetMinute', 0.25, 'maxHours', 12) END
    FROM generate_series(1, 10) n RETURNING id)
  SELECT id, row_number() OVER (ORDER BY id) AS n FROM t;
INSERT INTO operator_types (name, pricing_type, default_hourly_rate)
  VALUES ('Bench videographer ' || :'suffix', 'Hourly', 95.00);
INSERT INTO deliverables (name) VALUES ('Bench film ' || :'suffix');
INSERT INTO deliverable_default_components (deliverable_id, coverage_scene_id, default_editing_style_id,
                                            default_target_minutes, default_is_included)
  SELECT d.id, sc.id, st.id, 1 + sc.n % 7, true
  FROM deliverables d, bench_scene sc JOIN bench_style st ON st.n = 1 + sc.n % 4
  WHERE d.name = 'Bench film ' || :'suffix';
INSERT INTO component_task_recipes (deliverable_id, coverage_scene_id, editing_style_id,
                                    task_template_id, priority)
  SELECT d.id,
         CASE WHEN r % 5 = 0 THEN NULL ELSE (SELECT id FROM bench_scene WHERE n = 1 + r % 20) END,
         CASE WHEN r % 3 = 0 THEN NULL ELSE (SELECT id FROM bench_style WHERE n = 1 + r % 4) END,
         (SELECT id FROM bench_template WHERE n = 1 + r % 10),
         r % 7
  FROM deliverables d, generate_series(1, 200) r
  WHERE d.name = 'Bench film ' || :'suffix';
SELECT (SELECT id FROM deliverables WHERE name = 'Bench film ' || :'suffix') || ' '
    || (SELECT id FROM operator_types WHERE name = 'Bench videographer ' || :'suffix') || ' '
    || (SELECT id FROM bench_scene WHERE n = 1) || ' '
    || (SELECT count(*) FROM component_task_recipes r JOIN deliverables d ON d.id = r.deliverable_id
        WHERE d.name = 'Bench film ' || :'suffix');
COMMIT;
