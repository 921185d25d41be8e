-- pgbench script: one contact by primary key, the same columns (and the same single-row read) the
-- application's GET /api/contacts/{id} makes through JPA. Run with -D rows=<row count> -M prepared.
\set id random(1, :rows)
SELECT id, archived_at, company_name, email, first_name, last_name, phone_number, sort_key, type, version FROM contacts WHERE id = :id;
