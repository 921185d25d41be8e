-- pgbench script: the same read as pgbench-contact-by-id.sql, wrapped the way the application's
-- container-managed transaction wraps it (BEGIN; SELECT; COMMIT: three round trips per read).
\set id random(1, :rows)
BEGIN;
SELECT id, archived_at, company_name, email, first_name, last_name, phone_number, sort_key, type, version FROM contacts WHERE id = :id;
COMMIT;
