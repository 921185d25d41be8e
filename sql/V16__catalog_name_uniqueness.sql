-- Catalog names are unique ignoring case (issue 6: "names unique"). The seed's UNIQUE (name) of
-- each catalog table is case-sensitive, so "Drone" and "drone" could both exist; the services check
-- names ignoring case for a clear 409, and these indexes are the guarantee under concurrency.
--
-- Rows written before this migration (e.g. by SQL) may differ only in case. So that the indexes can
-- be built on such data, the oldest row (lowest id) of each such group keeps its name and every
-- other one gets " (#<id>)" appended; nothing is deleted, and ids and references do not change.

UPDATE coverage_scenes t SET name = left(t.name, 240) || ' (#' || t.id || ')'
 WHERE EXISTS (SELECT 1 FROM coverage_scenes o WHERE lower(o.name) = lower(t.name) AND o.id < t.id);
UPDATE deliverables t SET name = left(t.name, 240) || ' (#' || t.id || ')'
 WHERE EXISTS (SELECT 1 FROM deliverables o WHERE lower(o.name) = lower(t.name) AND o.id < t.id);
UPDATE editing_styles t SET name = left(t.name, 240) || ' (#' || t.id || ')'
 WHERE EXISTS (SELECT 1 FROM editing_styles o WHERE lower(o.name) = lower(t.name) AND o.id < t.id);
UPDATE operator_types t SET name = left(t.name, 240) || ' (#' || t.id || ')'
 WHERE EXISTS (SELECT 1 FROM operator_types o WHERE lower(o.name) = lower(t.name) AND o.id < t.id);
UPDATE billable_items t SET name = left(t.name, 240) || ' (#' || t.id || ')'
 WHERE EXISTS (SELECT 1 FROM billable_items o WHERE lower(o.name) = lower(t.name) AND o.id < t.id);
UPDATE task_templates t SET name = left(t.name, 240) || ' (#' || t.id || ')'
 WHERE EXISTS (SELECT 1 FROM task_templates o WHERE lower(o.name) = lower(t.name) AND o.id < t.id);

CREATE UNIQUE INDEX uq_coverage_scenes_name_ci ON coverage_scenes (lower(name));
CREATE UNIQUE INDEX uq_deliverables_name_ci    ON deliverables (lower(name));
CREATE UNIQUE INDEX uq_editing_styles_name_ci  ON editing_styles (lower(name));
CREATE UNIQUE INDEX uq_operator_types_name_ci  ON operator_types (lower(name));
CREATE UNIQUE INDEX uq_billable_items_name_ci  ON billable_items (lower(name));
CREATE UNIQUE INDEX uq_task_templates_name_ci  ON task_templates (lower(name));
