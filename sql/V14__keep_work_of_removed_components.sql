-- Deliberate deviation from the seed (listed in sql/schema-deviations.txt): a task outlives the
-- build component it was generated for. When a change order removes a component, the work already
-- done for it (completed tasks, their hours and cost) stays on the project; task generation then
-- archives the component's open tasks. The seed's ON DELETE CASCADE would erase that history.
ALTER TABLE tasks ALTER COLUMN build_component_id DROP NOT NULL;
ALTER TABLE tasks DROP CONSTRAINT tasks_build_component_id_fkey;
ALTER TABLE tasks
  ADD CONSTRAINT tasks_build_component_id_fkey
  FOREIGN KEY (build_component_id) REFERENCES build_components(id) ON DELETE SET NULL;
