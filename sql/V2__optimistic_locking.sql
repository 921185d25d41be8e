-- Optimistic locking: every aggregate a user edits carries a version that JPA (@Version) increments,
-- so that two concurrent edits of the same row end in one success and one 409, never a lost update.
-- Child lines of a build (coverage, deliverables, components, billable items) are versioned through
-- their build, which is force-incremented whenever one of its lines changes.
ALTER TABLE contacts                 ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE coverage_scenes          ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE deliverables             ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE editing_styles           ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE operator_types           ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE billable_items           ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE task_templates           ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE roles                    ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE inquiries                ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE clients                  ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE client_users             ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE projects                 ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE contributors             ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE builds                   ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE build_change_orders      ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE tasks                    ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE calendar_events          ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE invoices                 ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE activities               ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE documents                ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE client_feedback_surveys  ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE calendar_sync_tokens     ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
