-- Tasks generated from what was sold, their dependencies, comments, assets and the rates of the
-- crew (docs/scheduling.md holds the rules these columns serve).

-- One task per build component and template: task generation is idempotent because of this index.
CREATE UNIQUE INDEX uq_tasks_component_template ON tasks (build_component_id, task_template_id);

-- A task archived by task generation (its component left the build) is reopened when the component
-- comes back; a task archived by hand stays archived.
ALTER TABLE tasks ADD COLUMN auto_archived BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE tasks
  ADD CONSTRAINT ck_tasks_hours CHECK (
    (planned_duration_hours IS NULL OR planned_duration_hours >= 0)
    AND (actual_duration_hours IS NULL OR actual_duration_hours >= 0)
    AND rate_at_time_of_assignment >= 0);

-- Lists: a project's board, my tasks by due date, overdue tasks.
CREATE INDEX idx_tasks_project_status ON tasks (project_id, status, id);
CREATE INDEX idx_tasks_assignee_due ON tasks (assigned_to_contributor_id, due_date, id);
CREATE INDEX idx_tasks_open_due ON tasks (due_date, id) WHERE status IN ('To-Do', 'Ready to Start', 'In Progress');

-- A dependency is recorded once and never on the task itself (cycles are refused by the service).
CREATE UNIQUE INDEX uq_task_dependencies_pair ON task_dependencies (blocking_task_id, dependent_task_id);
ALTER TABLE task_dependencies
  ADD CONSTRAINT ck_task_dependencies_not_self CHECK (blocking_task_id <> dependent_task_id);

ALTER TABLE contributor_skill_rates ADD CONSTRAINT ck_skill_rates_rate CHECK (rate >= 0);

CREATE INDEX idx_project_assets_scene ON project_assets (coverage_scene_id);
