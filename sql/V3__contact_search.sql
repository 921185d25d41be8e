-- Contacts: one contact per e-mail address whatever its case, and indexes for the list endpoint.

-- 'Jane@Example.com' and 'jane@example.com' are the same person (the seed's UNIQUE(email) is
-- case-sensitive; this index is the case-insensitive rule the API enforces).
CREATE UNIQUE INDEX contacts_email_lower_key ON contacts (lower(email));

-- The list is ordered by name (last, first) and paged by keyset on (sort_key, id).
ALTER TABLE contacts ADD COLUMN sort_key TEXT
  GENERATED ALWAYS AS (lower(coalesce(last_name, '') || ' ' || coalesce(first_name, ''))) STORED;
CREATE INDEX idx_contacts_sort_key ON contacts (sort_key, id);
CREATE INDEX idx_contacts_type_sort_key ON contacts (type, sort_key, id);

-- Free-text search (q) matches a substring of name, e-mail or company through a trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE contacts ADD COLUMN search_text TEXT
  GENERATED ALWAYS AS (lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' '
                             || email || ' ' || coalesce(company_name, ''))) STORED;
CREATE INDEX idx_contacts_search_text_trgm ON contacts USING gin (search_text gin_trgm_ops);
