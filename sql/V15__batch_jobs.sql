-- Nightly batch jobs (docs/batch.md): invoicing and contributor benchmarks.
-- Liberty's own job repository lives in the schema `liberty` (V7), in tables Liberty creates.

-- Every job start and restart made through the application (REST or the nightly schedule): who
-- asked, with which parameters. Status and progress are read from the job repository.
CREATE TABLE batch_job_runs (
  execution_id BIGINT PRIMARY KEY,
  instance_id BIGINT NOT NULL,
  job_name VARCHAR(100) NOT NULL,
  parameters JSONB NOT NULL DEFAULT '{}'::jsonb,
  requested_by VARCHAR(255) NOT NULL,
  requested_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
  restart_of_execution_id BIGINT NULL
);
CREATE INDEX idx_batch_job_runs_job ON batch_job_runs (job_name, execution_id DESC);

-- When a task was completed. Recorded by the database on every path that completes a task, so
-- that "completed work" (the benchmarks' input) survives a later move to Archived.
ALTER TABLE tasks ADD COLUMN completed_at TIMESTAMPTZ NULL;
UPDATE tasks SET completed_at = CURRENT_TIMESTAMP WHERE status = 'Completed';

CREATE FUNCTION tasks_record_completion() RETURNS trigger AS $$
BEGIN
  IF NEW.status = 'Completed' AND NEW.completed_at IS NULL THEN
    NEW.completed_at := CURRENT_TIMESTAMP;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trg_tasks_record_completion
  BEFORE INSERT OR UPDATE OF status ON tasks
  FOR EACH ROW EXECUTE FUNCTION tasks_record_completion();

-- The benchmarks job aggregates completed work per contributor and template, range by range of
-- contributor ids: an index-only scan in group order.
CREATE INDEX idx_tasks_completed_work
  ON tasks (assigned_to_contributor_id, task_template_id)
  INCLUDE (actual_duration_hours)
  WHERE completed_at IS NOT NULL AND actual_duration_hours > 0;

-- Invoice payment reminders (7 days before due, on the due date, 2 days after) are claimed in
-- reminder_deliveries (V6) with the kind 'invoice_payment': at most one per invoice, recipient and
-- day, whichever server or run sends it.
