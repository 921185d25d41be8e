-- Every invoice has a status and an amount paid (the seed lets both be NULL, and its status CHECK
-- passes NULL). The application always writes them; this keeps rows written by hand or by other
-- tools from breaking the arithmetic of payments, exports and the invoicing job. A CHECK rather
-- than NOT NULL so that the seed's column definitions stay as designed.
ALTER TABLE invoices
  ADD CONSTRAINT ck_invoices_values_present CHECK (status IS NOT NULL AND amount_paid IS NOT NULL);
