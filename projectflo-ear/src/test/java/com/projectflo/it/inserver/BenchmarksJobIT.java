package com.projectflo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.projectflo.operations.application.BatchExecutionView;
import com.projectflo.operations.application.BatchJobService;
import com.projectflo.platform.application.RequestMetadata;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The benchmarks job (docs/batch.md): averages of the actual hours of completed work per
 * contributor and template, recomputed by partitions, against hand-computed figures.
 */
@ExtendWith(ArquillianExtension.class)
class BenchmarksJobIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InServerDeployment.of(
        BenchmarksJobIT.class, InServerSql.class, BillingData.class, JobRuns.class);
  }

  @Inject BatchJobService jobs;

  @Inject RequestMetadata request;

  @Resource(lookup = "jdbc/projectflo")
  DataSource dataSource;

  private InServerSql sql;
  private BillingData data;

  @BeforeEach
  void actAsSystem() {
    request.setSubject(RequestMetadata.SYSTEM);
    sql = new InServerSql(dataSource);
    data = new BillingData(sql);
  }

  @Test
  void averagesFollowTheCompletedWorkOfEachContributorAndTemplate() throws SQLException {
    int edit = template("Edit");
    int color = template("Color");
    int ann = data.contributor();
    int bob = data.contributor();
    int cid = data.contributor();
    int project = data.projectOf(data.bookedBuild());
    task(project, edit, ann, "Completed", "2.00");
    task(project, edit, ann, "Completed", "3.00");
    task(project, edit, ann, "Completed", "4.50");
    int archivedAfterCompletion = task(project, edit, ann, "Completed", "5.25");
    sql.update("UPDATE tasks SET status = 'Archived' WHERE id = ?", archivedAfterCompletion);
    task(project, edit, ann, "In Progress", "10.00");
    task(project, color, ann, "Completed", "1.00");
    task(project, color, ann, "Completed", "0.00");
    task(project, edit, bob, "Completed", "8.00");
    task(project, color, bob, "To-Do", "6.00");
    task(project, edit, bob, "Archived", "7.00");
    sql.update(
        "INSERT INTO contributor_task_benchmarks (contributor_id, task_template_id,"
            + " contributor_default_hours, contributor_average_hours) VALUES (?, ?, 2.00, 9.99)",
        cid,
        edit);

    BatchExecutionView run = new JobRuns(jobs).run("benchmarks", Map.of("partitions", "3"));

    assertEquals("COMPLETED", run.status(), run.toString());
    // (2.00 + 3.00 + 4.50 + 5.25) / 4 = 3.6875: the archived task was completed, In Progress is
    // not.
    assertEquals(new BigDecimal("3.69"), average(ann, edit));
    assertEquals(new BigDecimal("1.00"), average(ann, color), "0.00 hours were never logged");
    assertEquals(new BigDecimal("8.00"), average(bob, edit), "archived without completion: out");
    assertEquals(0L, rows(bob, color), "no completed work, no benchmark");
    assertEquals(null, average(cid, edit), "no completed work any more: cleared");
    assertEquals(
        new BigDecimal("2.00"),
        sql.single(
            "SELECT contributor_default_hours FROM contributor_task_benchmarks"
                + " WHERE contributor_id = ? AND task_template_id = ?",
            cid,
            edit),
        "the contributor's own default is kept");

    task(project, color, bob, "Completed", "4.00");
    new JobRuns(jobs).run("benchmarks", Map.of("partitions", "1"));

    assertEquals(new BigDecimal("4.00"), average(bob, color));
    assertEquals(new BigDecimal("3.69"), average(ann, edit), "recomputing changes nothing else");
  }

  private int template(String phase) throws SQLException {
    return sql.insert(
        "INSERT INTO task_templates (name, phase, effort_hours, pricing_type, hourly_rate)"
            + " VALUES (?, ?, 4.00, 'Hourly', 50.00) RETURNING id",
        phase + " " + UUID.randomUUID(),
        phase);
  }

  private int task(int project, int template, int contributor, String status, String hours)
      throws SQLException {
    return sql.insert(
        "INSERT INTO tasks (project_id, task_template_id, assigned_to_contributor_id, status,"
            + " actual_duration_hours) VALUES (?, ?, ?, CAST(? AS tasks_status),"
            + " CAST(? AS NUMERIC)) RETURNING id",
        project,
        template,
        contributor,
        status,
        hours);
  }

  private BigDecimal average(int contributor, int template) throws SQLException {
    return (BigDecimal)
        sql.single(
            "SELECT contributor_average_hours FROM contributor_task_benchmarks"
                + " WHERE contributor_id = ? AND task_template_id = ?",
            contributor,
            template);
  }

  private long rows(int contributor, int template) throws SQLException {
    return sql.count(
        "SELECT COUNT(*) FROM contributor_task_benchmarks"
            + " WHERE contributor_id = ? AND task_template_id = ?",
        contributor,
        template);
  }
}
