-- The invoicing job's first step as ONE statement, for bench/batch.sh: every installment of the
-- baseline year due by :'as_of' gets an invoice (consecutive numbers from the year's counter, due
-- date the later of its own and the issue date), its link and an audit row — what the job writes,
-- without chunks, checkpoints, row locks or the application.
WITH due AS (
  SELECT i.id, i.project_id, i.amount, i.due_date, row_number() OVER (ORDER BY i.id) AS rn
    FROM payment_installments i JOIN projects p ON p.id = i.project_id
   WHERE i.invoice_id IS NULL AND i.amount <> 0 AND i.due_date <= DATE :'as_of'
     AND p.archived_at IS NULL
), counter AS (
  INSERT INTO invoice_number_counters (year, last_number)
  SELECT extract(year FROM DATE :'as_of')::int, count(*) FROM due
  ON CONFLICT (year) DO UPDATE
     SET last_number = invoice_number_counters.last_number + EXCLUDED.last_number
  RETURNING year, last_number, last_number - (SELECT count(*) FROM due) AS first_minus_one
), issued AS (
  INSERT INTO invoices (project_id, invoice_number, issue_date, due_date, total_amount,
                        amount_paid, status)
  SELECT due.project_id,
         'PF-' || counter.year || '-' || lpad((counter.first_minus_one + due.rn)::text, 6, '0'),
         DATE :'as_of', greatest(due.due_date, DATE :'as_of'), due.amount, 0.00, 'Issued'
    FROM due CROSS JOIN counter
  RETURNING id, invoice_number, project_id, due_date, total_amount
), linked AS (
  UPDATE payment_installments i SET invoice_id = issued.id, version = i.version + 1
    FROM issued JOIN due ON due.rn = CAST(substring(issued.invoice_number from 9) AS int)
                            - (SELECT first_minus_one FROM counter)
   WHERE i.id = due.id
  RETURNING i.id AS installment_id, issued.*
)
INSERT INTO audit_log (action, details)
SELECT 'invoice.issue',
       jsonb_build_object('entity', 'invoice', 'id', id, 'actor', '{"kind": "system"}'::jsonb,
         'changes', jsonb_build_object(
           'number', jsonb_build_object('before', null, 'after', invoice_number),
           'status', jsonb_build_object('before', null, 'after', 'Issued'),
           'issueDate', jsonb_build_object('before', null, 'after', DATE :'as_of'),
           'dueDate', jsonb_build_object('before', null, 'after', due_date),
           'totalAmount', jsonb_build_object('before', null, 'after', total_amount),
           'amountPaid', jsonb_build_object('before', null, 'after', 0.00),
           'projectId', jsonb_build_object('before', null, 'after', project_id),
           'installmentId', jsonb_build_object('before', null, 'after', installment_id)))
  FROM linked;
