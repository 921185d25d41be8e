-- Billing (docs/billing.md): payment schedules, invoice numbering, voiding, idempotent payments.

-- Invoice status: the seed's VARCHAR, constrained to the six statuses the application uses.
ALTER TABLE invoices
  ADD CONSTRAINT ck_invoices_status
  CHECK (status IN ('Draft', 'Issued', 'Partially Paid', 'Paid', 'Overdue', 'Void'));
ALTER TABLE invoices ADD COLUMN void_reason TEXT NULL;
ALTER TABLE invoices ADD COLUMN voided_at TIMESTAMPTZ NULL;
-- Lists: newest first, filtered by status or issue date.
CREATE INDEX idx_invoices_status_id ON invoices (status, id DESC);
CREATE INDEX idx_invoices_issue_date ON invoices (issue_date, id DESC);

-- A payment is never zero; refunds are negative payments.
ALTER TABLE payments ADD CONSTRAINT ck_payments_amount_not_zero CHECK (amount <> 0);

-- Gapless invoice numbers PF-<year>-<6 digits>: one counter row per year, incremented (and so
-- row-locked until commit) by the issuing transaction. A sequence would leave gaps on rollback.
CREATE TABLE invoice_number_counters (
  year INT PRIMARY KEY,
  last_number INT NOT NULL DEFAULT 0
);

-- The payment schedule of a booked build. invoice_id is the unique link installment -> invoice:
-- an installment is invoiced at most once at a time (the invoicing job relies on it).
-- A negative amount is a credit (a change order took the price below what was already invoiced).
CREATE TABLE payment_installments (
  id SERIAL PRIMARY KEY,
  build_id INT NOT NULL,
  project_id INT NOT NULL,
  sequence INT NOT NULL,
  label VARCHAR(255) NOT NULL,
  due_date DATE NOT NULL,
  amount DECIMAL(10,2) NOT NULL,
  invoice_id INT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_payment_installments_build_sequence UNIQUE (build_id, sequence),
  CONSTRAINT uq_payment_installments_invoice UNIQUE (invoice_id),
  FOREIGN KEY (build_id) REFERENCES builds(id) ON DELETE CASCADE,
  FOREIGN KEY (project_id) REFERENCES projects(id) ON DELETE CASCADE,
  FOREIGN KEY (invoice_id) REFERENCES invoices(id) ON DELETE RESTRICT
);
CREATE INDEX idx_payment_installments_project ON payment_installments (project_id);
-- The invoicing job's reader: installments not yet invoiced, by due date.
CREATE INDEX idx_payment_installments_uninvoiced_due
  ON payment_installments (due_date, id) WHERE invoice_id IS NULL;

-- Idempotency of POST /api/invoices/{id}/payments and /refunds: the first successful response of a
-- key is stored with the hash of its request and replayed for the same key.
CREATE TABLE payment_requests (
  id SERIAL PRIMARY KEY,
  idempotency_key VARCHAR(255) NOT NULL,
  invoice_id INT NOT NULL,
  request_hash VARCHAR(64) NOT NULL,
  response_status INT NOT NULL,
  response_body TEXT NOT NULL,
  payment_id INT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT uq_payment_requests_key UNIQUE (idempotency_key),
  FOREIGN KEY (invoice_id) REFERENCES invoices(id) ON DELETE CASCADE,
  FOREIGN KEY (payment_id) REFERENCES payments(id) ON DELETE CASCADE
);
CREATE INDEX idx_payment_requests_invoice ON payment_requests (invoice_id);
CREATE INDEX idx_payment_requests_payment ON payment_requests (payment_id);
