-- Liberty keeps its own tables (persistent EJB timers now, the batch job repository later) in a
-- schema of their own, which it fills itself but cannot create.
CREATE SCHEMA IF NOT EXISTS liberty;
