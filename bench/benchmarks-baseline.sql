-- The benchmarks job as ONE aggregate upsert over every contributor, for bench/batch.sh.
INSERT INTO contributor_task_benchmarks (contributor_id, task_template_id, contributor_average_hours)
SELECT t.assigned_to_contributor_id, t.task_template_id, ROUND(AVG(t.actual_duration_hours), 2)
  FROM tasks t
 WHERE t.completed_at IS NOT NULL AND t.actual_duration_hours > 0
   AND t.assigned_to_contributor_id IS NOT NULL
 GROUP BY t.assigned_to_contributor_id, t.task_template_id
ON CONFLICT (contributor_id, task_template_id) DO UPDATE
   SET contributor_average_hours = EXCLUDED.contributor_average_hours
 WHERE contributor_task_benchmarks.contributor_average_hours
       IS DISTINCT FROM EXCLUDED.contributor_average_hours;
