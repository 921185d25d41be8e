-- Crew calendar, ICS feeds and project costs (issue 7, part B).

-- A contributor's ICS feed: the secret is shown once and only its SHA-256 (hex) is stored, so a
-- leaked database does not leak the feeds. One feed per contributor; rotating replaces the hash.
CREATE TABLE calendar_feeds (
  id SERIAL PRIMARY KEY,
  contributor_id INT NOT NULL UNIQUE,
  secret_hash VARCHAR(64) NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
  version BIGINT NOT NULL DEFAULT 0,
  FOREIGN KEY (contributor_id) REFERENCES contributors(id) ON DELETE CASCADE
);

-- An event ends after it starts (the service answers 400 first; this is the guarantee).
ALTER TABLE calendar_events
  ADD CONSTRAINT chk_calendar_events_end_after_start CHECK (end_time > start_time);

-- Expenses: optimistic locking and a receipt among the project's documents. Categories are checked
-- by the service (ExpenseCategory), the column stays a free VARCHAR as in the seed schema.
ALTER TABLE project_expenses ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE project_expenses ADD COLUMN receipt_document_id INT NULL;
ALTER TABLE project_expenses
  ADD CONSTRAINT fk_project_expenses_receipt_document
  FOREIGN KEY (receipt_document_id) REFERENCES documents(id) ON DELETE SET NULL;
CREATE INDEX idx_project_expenses_receipt_document ON project_expenses (receipt_document_id);

-- Capacity: open tasks of a contributor by due date.
CREATE INDEX idx_tasks_assignee_due_date ON tasks (assigned_to_contributor_id, due_date);
