-- CRM: the inquiry pipeline with its status history, activities and communications, stored
-- documents, portal-user invitations, survey bookkeeping and de-duplicated daily reminders.

-- Inquiries: when they arrived and the milestones the sales reports measure.
ALTER TABLE inquiries ADD COLUMN created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE inquiries ADD COLUMN status_changed_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE inquiries ADD COLUMN first_contacted_at TIMESTAMPTZ;
ALTER TABLE inquiries ADD COLUMN booked_at TIMESTAMPTZ;
ALTER TABLE inquiries ADD COLUMN lost_reason TEXT;
-- Who follows the lead up (the creator unless set): the follow-up reminders go to this person.
ALTER TABLE inquiries ADD COLUMN owner_contributor_id INT
  REFERENCES contributors(id) ON DELETE SET NULL;
CREATE INDEX idx_inquiries_owner ON inquiries (owner_contributor_id);
ALTER TABLE inquiries ADD CONSTRAINT inquiries_lost_reason_check
  CHECK (status <> 'Closed-Lost' OR lost_reason IS NOT NULL);
-- The list is newest first, paged by keyset on (created_at, id).
CREATE INDEX idx_inquiries_created ON inquiries (created_at DESC, id DESC);
CREATE INDEX idx_inquiries_status_created ON inquiries (status, created_at DESC, id DESC);
CREATE INDEX idx_inquiries_wedding_date ON inquiries (wedding_date);
CREATE INDEX idx_inquiries_open_follow_up ON inquiries (follow_up_due_date)
  WHERE archived_at IS NULL AND status IN ('New', 'Contacted', 'Proposal Sent');
CREATE INDEX idx_inquiries_lead_source ON inquiries (lead_source);
CREATE INDEX idx_inquiries_campaign ON inquiries (campaign_id);
-- Free text (q) over notes, venue, lead source details and campaign.
ALTER TABLE inquiries ADD COLUMN search_text TEXT
  GENERATED ALWAYS AS (lower(coalesce(notes, '') || ' ' || coalesce(venue_details, '') || ' '
                             || coalesce(lead_source, '') || ' '
                             || coalesce(lead_source_details, '') || ' '
                             || coalesce(campaign_id, ''))) STORED;
CREATE INDEX idx_inquiries_search_text_trgm ON inquiries USING gin (search_text gin_trgm_ops);

-- Every status an inquiry went through (from_status NULL: created). Feeds the timeline and the
-- funnel's time-to-contact and time-to-booking.
CREATE TABLE inquiry_status_changes (
  id BIGSERIAL PRIMARY KEY,
  inquiry_id INT NOT NULL,
  from_status inquiries_status,
  to_status inquiries_status NOT NULL,
  reason TEXT,
  changed_by_contributor_id INT,
  changed_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
  FOREIGN KEY (inquiry_id) REFERENCES inquiries(id) ON DELETE CASCADE,
  FOREIGN KEY (changed_by_contributor_id) REFERENCES contributors(id) ON DELETE SET NULL
);
CREATE INDEX idx_inquiry_status_changes_inquiry ON inquiry_status_changes (inquiry_id, changed_at, id);
CREATE INDEX idx_inquiry_status_changes_contributor
  ON inquiry_status_changes (changed_by_contributor_id);

-- Activities: when they were logged and completed; the agenda reads open ones per assignee.
ALTER TABLE activities ADD COLUMN created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE activities ADD COLUMN completed_at TIMESTAMPTZ;
ALTER TABLE activities ADD CONSTRAINT activities_subject_check
  CHECK (contact_id IS NOT NULL OR inquiry_id IS NOT NULL OR project_id IS NOT NULL);
CREATE INDEX idx_activities_agenda ON activities (assigned_to_contributor_id, status, due_date, id);
CREATE INDEX idx_activities_due_pending ON activities (due_date) WHERE status = 'Pending';

-- Communications: optionally about an inquiry, and who logged them.
ALTER TABLE communications_log ADD COLUMN inquiry_id INT
  REFERENCES inquiries(id) ON DELETE SET NULL;
ALTER TABLE communications_log ADD COLUMN logged_by_contributor_id INT
  REFERENCES contributors(id) ON DELETE SET NULL;
CREATE INDEX idx_communications_inquiry ON communications_log (inquiry_id);
CREATE INDEX idx_communications_logged_by ON communications_log (logged_by_contributor_id);

-- Documents: what was stored (file_path is a server-generated name relative to the storage
-- directory; file_name is the uploader's name, shown and used for downloads only).
ALTER TABLE documents ADD COLUMN content_type VARCHAR(255);
ALTER TABLE documents ADD COLUMN size_bytes BIGINT CHECK (size_bytes >= 0);
ALTER TABLE documents ADD COLUMN sha256 VARCHAR(64);
ALTER TABLE documents ADD COLUMN uploaded_by_contributor_id INT
  REFERENCES contributors(id) ON DELETE SET NULL;
ALTER TABLE documents ADD CONSTRAINT documents_owner_check
  CHECK (project_id IS NOT NULL OR inquiry_id IS NOT NULL);
CREATE INDEX idx_documents_uploaded_by ON documents (uploaded_by_contributor_id);

-- Surveys: who sent them.
ALTER TABLE client_feedback_surveys ADD COLUMN sent_by_contributor_id INT
  REFERENCES contributors(id) ON DELETE SET NULL;
CREATE INDEX idx_surveys_sent_by ON client_feedback_surveys (sent_by_contributor_id);
CREATE INDEX idx_surveys_response_date ON client_feedback_surveys (response_date);

-- Portal-user invitations: a one-time token (only its SHA-256 is kept) that lets the couple set
-- the password of their portal account until it expires.
CREATE TABLE client_user_invitations (
  id SERIAL PRIMARY KEY,
  client_id INT NOT NULL,
  email VARCHAR(255) NOT NULL,
  token_hash VARCHAR(64) NOT NULL UNIQUE,
  expires_at TIMESTAMPTZ NOT NULL,
  accepted_at TIMESTAMPTZ,
  revoked_at TIMESTAMPTZ,
  created_by_contributor_id INT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
  FOREIGN KEY (client_id) REFERENCES clients(id) ON DELETE CASCADE,
  FOREIGN KEY (created_by_contributor_id) REFERENCES contributors(id) ON DELETE SET NULL
);
CREATE INDEX idx_client_user_invitations_client ON client_user_invitations (client_id);
CREATE INDEX idx_client_user_invitations_created_by
  ON client_user_invitations (created_by_contributor_id);

-- Daily reminders: one row per (day, kind, subject, recipient); the unique key makes a second run
-- of the same day (or a second server) create nothing.
CREATE TABLE reminder_deliveries (
  id BIGSERIAL PRIMARY KEY,
  reminder_date DATE NOT NULL,
  kind VARCHAR(50) NOT NULL,
  subject_id INT NOT NULL,
  recipient_contributor_id INT NOT NULL,
  notification_id INT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE (reminder_date, kind, subject_id, recipient_contributor_id),
  FOREIGN KEY (recipient_contributor_id) REFERENCES contributors(id) ON DELETE CASCADE,
  FOREIGN KEY (notification_id) REFERENCES notifications(id) ON DELETE SET NULL
);
CREATE INDEX idx_reminder_deliveries_recipient ON reminder_deliveries (recipient_contributor_id);
CREATE INDEX idx_reminder_deliveries_notification ON reminder_deliveries (notification_id);
