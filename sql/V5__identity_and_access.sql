-- Identity and access control: the permission catalogue, the default roles and their grants, portal
-- users that can be disabled, refresh tokens with rotation, and login throttling.

-- Permissions are named <domain>.<action>. Project-scoped ones (projects, assignments, tasks,
-- builds, documents, expenses) apply per project through project_assignments; projects.all lets a
-- system role act on every project without being assigned.
INSERT INTO permissions (action_name, description) VALUES
  ('contacts.read',        'Read contacts'),
  ('contacts.write',       'Create, change, archive and restore contacts'),
  ('contributors.read',    'Read the team: contributors and roles'),
  ('contributors.write',   'Create, change, archive contributors; reset passwords; manage calendar tokens of others'),
  ('admin.roles',          'Create and change roles and their permissions; set system roles'),
  ('client_users.read',    'Read client portal users'),
  ('client_users.write',   'Create, disable and enable client portal users'),
  ('projects.read',        'Read a project'),
  ('projects.write',       'Change a project'),
  ('projects.all',         'Act on every project without being assigned to it'),
  ('assignments.write',    'Put contributors on a project and change their project role'),
  ('inquiries.read',       'Read inquiries'),
  ('inquiries.write',      'Create and progress inquiries'),
  ('clients.read',         'Read clients'),
  ('clients.write',        'Change, archive and restore clients'),
  ('activities.write',     'Log activities and communications'),
  ('documents.read',       'Read and download documents'),
  ('documents.write',      'Upload, archive and restore documents'),
  ('reports.read',         'Read sales and profitability reports'),
  ('catalog.read',         'Read the catalog and automation rules'),
  ('catalog.write',        'Change the catalog and automation rules'),
  ('builds.read',          'Read builds and change orders'),
  ('builds.write',         'Price builds and draft change orders'),
  ('builds.approve',       'Book builds and approve or reject change orders'),
  ('tasks.read',           'Read tasks'),
  ('tasks.write',          'Work on tasks: status, hours, comments, assets'),
  ('calendar.read',        'Read the crew calendar'),
  ('calendar.write',       'Change calendar events'),
  ('expenses.write',       'Record project expenses'),
  ('invoices.read',        'Read invoices and payments'),
  ('invoices.write',       'Issue and void invoices'),
  ('payments.write',       'Record payments'),
  ('payments.refund',      'Record refunds'),
  ('batch.run',            'Start batch jobs and read their executions'),
  ('audit.read',           'Read the audit log');

INSERT INTO roles (name, description) VALUES
  ('Admin',        'Runs the studio system: every permission'),
  ('Manager',      'Runs the studio: sales, projects, money; not roles, team accounts or batch jobs'),
  ('Editor',       'Post-production: works on tasks of the projects assigned'),
  ('Videographer', 'Shoots: works on tasks and documents of the projects assigned'),
  ('Freelancer',   'Outside help: the tasks of the projects assigned, nothing else');

INSERT INTO role_permissions (role_id, permission_id)
SELECT r.id, p.id FROM roles r CROSS JOIN permissions p
WHERE r.name = 'Admin'
   OR (r.name = 'Manager' AND p.action_name NOT IN ('admin.roles', 'contributors.write', 'batch.run'))
   OR (r.name = 'Editor' AND p.action_name IN (
        'contacts.read', 'contributors.read', 'projects.read', 'catalog.read', 'builds.read',
        'tasks.read', 'tasks.write', 'calendar.read', 'calendar.write', 'documents.read'))
   OR (r.name = 'Videographer' AND p.action_name IN (
        'contacts.read', 'contributors.read', 'projects.read', 'catalog.read', 'tasks.read',
        'tasks.write', 'calendar.read', 'calendar.write', 'documents.read', 'documents.write'))
   OR (r.name = 'Freelancer' AND p.action_name IN (
        'projects.read', 'tasks.read', 'tasks.write', 'calendar.read'));

-- Portal users can be disabled without losing their history; e-mails are unique case-insensitively.
ALTER TABLE client_users ADD COLUMN disabled_at TIMESTAMPTZ NULL;
CREATE UNIQUE INDEX uq_client_users_email_ci ON client_users (lower(email));

-- Refresh tokens: only a SHA-256 of the token is stored. A refresh rotates the token inside its
-- family; presenting a rotated (revoked) token again revokes the whole family (token theft).
-- subject is the access token subject ('contributor:12', 'client-user:3').
CREATE TABLE refresh_tokens (
  id BIGSERIAL PRIMARY KEY,
  token_hash VARCHAR(64) NOT NULL UNIQUE,
  family_id VARCHAR(64) NOT NULL,
  subject VARCHAR(64) NOT NULL,
  issued_at TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  revoked_at TIMESTAMPTZ NULL
);
CREATE INDEX idx_refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX idx_refresh_tokens_subject ON refresh_tokens (subject);

-- Failed logins per realm and e-mail ('contributor:ann@example.com'), known or not, so that a
-- lock reveals nothing about which addresses have accounts.
CREATE TABLE login_throttle (
  throttle_key VARCHAR(300) PRIMARY KEY,
  failures INT NOT NULL DEFAULT 0,
  window_started_at TIMESTAMPTZ NOT NULL,
  locked_until TIMESTAMPTZ NULL
);

-- Audit log: keyset order (newest first) and action filter.
CREATE INDEX idx_audit_log_timestamp_id ON audit_log ("timestamp" DESC, id DESC);
CREATE INDEX idx_audit_log_action ON audit_log (action);

-- Notifications: a recipient's list, unread first then newest.
CREATE INDEX idx_notifications_recipient_list ON notifications (recipient_contributor_id, is_read, id DESC);
