-- Surveys: a project has at most one survey awaiting an answer (the service answers 409 first;
-- this index is the guarantee when two are sent at the same time).
CREATE UNIQUE INDEX uq_surveys_one_pending_per_project
  ON client_feedback_surveys (project_id) WHERE response_date IS NULL;
