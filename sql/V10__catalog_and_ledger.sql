-- Catalog and the Build & Ledger engine (docs/pricing.md holds the rules these columns serve).

-- Catalog entries still used by builds cannot be deleted (RESTRICT); they are retired instead.
ALTER TABLE coverage_scenes ADD COLUMN is_active BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE deliverables    ADD COLUMN is_active BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE editing_styles  ADD COLUMN is_active BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE operator_types  ADD COLUMN is_active BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE task_templates  ADD COLUMN is_active BOOLEAN NOT NULL DEFAULT true;

-- An Hourly task template is priced at effort x this rate (the seed gives it no rate).
ALTER TABLE task_templates ADD COLUMN hourly_rate DECIMAL(8,2) NULL;

ALTER TABLE operator_types
  ADD CONSTRAINT ck_operator_types_rates CHECK (
    (default_hourly_rate IS NULL OR default_hourly_rate >= 0)
    AND (default_fixed_price IS NULL OR default_fixed_price >= 0)),
  ADD CONSTRAINT ck_operator_types_priced CHECK (
    (pricing_type = 'Hourly' AND default_hourly_rate IS NOT NULL)
    OR (pricing_type = 'Fixed' AND default_fixed_price IS NOT NULL));
ALTER TABLE task_templates
  ADD CONSTRAINT ck_task_templates_amounts CHECK (
    (effort_hours IS NULL OR effort_hours >= 0)
    AND (fixed_price IS NULL OR fixed_price >= 0)
    AND (hourly_rate IS NULL OR hourly_rate >= 0)
    AND (average_duration_hours IS NULL OR average_duration_hours >= 0)),
  ADD CONSTRAINT ck_task_templates_priced CHECK (
    (pricing_type = 'Hourly' AND hourly_rate IS NOT NULL)
    OR (pricing_type = 'Fixed' AND fixed_price IS NOT NULL));
ALTER TABLE billable_items ADD CONSTRAINT ck_billable_items_price CHECK (price >= 0);
ALTER TABLE editing_style_requirements ADD CONSTRAINT ck_style_requirements_quantity CHECK (quantity >= 1);
ALTER TABLE deliverable_default_components
  ADD CONSTRAINT ck_default_components_minutes CHECK (default_target_minutes IS NULL OR default_target_minutes >= 0);

-- Coverage: an Hourly line is priced quantity x hours x rate; a Fixed line has no hours.
ALTER TABLE build_coverage_assignments ADD COLUMN hours DECIMAL(6,2) NULL;
ALTER TABLE build_coverage_assignments
  ADD CONSTRAINT ck_coverage_quantity CHECK (quantity >= 1),
  ADD CONSTRAINT ck_coverage_rate CHECK (rate_at_time_of_add >= 0),
  ADD CONSTRAINT ck_coverage_hours CHECK (hours IS NULL OR hours > 0);

ALTER TABLE build_components
  ADD CONSTRAINT ck_components_minutes CHECK (target_minutes IS NULL OR target_minutes >= 0);

-- Billable items an editing style requires are added for that style (NULL: added by hand), at most
-- once per build and style.
ALTER TABLE build_billable_items
  ADD COLUMN added_for_editing_style_id INT NULL REFERENCES editing_styles(id) ON DELETE RESTRICT;
ALTER TABLE build_billable_items
  ADD CONSTRAINT ck_build_items_quantity CHECK (quantity >= 1),
  ADD CONSTRAINT ck_build_items_price CHECK (price_at_time_of_add >= 0);
CREATE UNIQUE INDEX uq_build_items_style_requirement
  ON build_billable_items (build_id, billable_item_id, added_for_editing_style_id)
  WHERE added_for_editing_style_id IS NOT NULL;
CREATE INDEX idx_build_items_style ON build_billable_items (added_for_editing_style_id);

ALTER TABLE builds
  ADD CONSTRAINT ck_builds_amounts CHECK (approved_price >= 0 AND live_price >= 0);

-- Change orders: the proposed operations, who proposed and who decided. Version numbers are unique
-- per build and a build has at most one change order awaiting approval.
ALTER TABLE build_change_orders
  ADD COLUMN operations JSONB NULL,
  ADD COLUMN proposed_by VARCHAR(64) NULL,
  ADD COLUMN decided_by VARCHAR(64) NULL,
  ADD COLUMN decided_at TIMESTAMPTZ NULL,
  ADD COLUMN decision_note TEXT NULL;
ALTER TABLE build_change_orders
  ADD CONSTRAINT uq_change_orders_version UNIQUE (build_id, version_number),
  ADD CONSTRAINT ck_change_orders_discount CHECK (
    (discount_percentage IS NULL OR discount_percentage >= 0)
    AND (discount_amount IS NULL OR discount_amount >= 0));
CREATE UNIQUE INDEX uq_change_orders_one_pending
  ON build_change_orders (build_id) WHERE status = 'Pending Approval';

-- One snapshot per approved change order.
CREATE UNIQUE INDEX uq_build_snapshots_change_order ON build_snapshots (change_order_id);
