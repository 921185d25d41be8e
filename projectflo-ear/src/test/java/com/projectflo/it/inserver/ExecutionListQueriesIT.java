package com.projectflo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.projectflo.execution.application.CalendarConflict;
import com.projectflo.execution.application.CalendarService;
import com.projectflo.execution.application.ProjectExpenseService;
import com.projectflo.execution.model.CalendarEvent;
import com.projectflo.execution.model.ProjectExpense;
import com.projectflo.execution.model.Task;
import com.projectflo.execution.persistence.TaskRepository;
import com.projectflo.platform.application.PageRequest;
import com.projectflo.platform.application.RequestMetadata;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The execution lists load what their responses show in the list query itself (no lazy load per
 * row): an expense's receipt document, the projects of a contributor's conflicting events, the
 * templates of the tasks task generation reads.
 */
@ExtendWith(ArquillianExtension.class)
class ExecutionListQueriesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InServerDeployment.of(ExecutionListQueriesIT.class, Sql.class);
  }

  @Inject ProjectExpenseService expenses;

  @Inject CalendarService calendar;

  @Inject TaskRepository tasks;

  @Inject EntityManager em;

  @Inject RequestMetadata request;

  @Resource(lookup = "jdbc/projectflo")
  DataSource dataSource;

  private Sql sql;

  @BeforeEach
  void actAsSystem() {
    request.setSubject(RequestMetadata.SYSTEM);
    sql = new Sql(dataSource);
  }

  private PersistenceUnitUtil loaded() {
    return em.getEntityManagerFactory().getPersistenceUnitUtil();
  }

  @Test
  void theExpenseListFetchesEachReceiptDocument() {
    int project = sql.project("Receipts", "2099-05-01");
    for (int i = 0; i < 3; i++) {
      int receipt =
          sql.insert(
              "INSERT INTO documents (project_id, file_name, file_path, document_type)"
                  + " VALUES (?, ?, ?, 'Receipt') RETURNING id",
              project,
              "receipt-" + i + ".pdf",
              "stored-" + Sql.token());
      sql.insert(
          "INSERT INTO project_expenses (project_id, expense_date, category, amount,"
              + " receipt_document_id) VALUES (?, DATE '2099-05-02', 'Travel', 10.00, ?)"
              + " RETURNING id",
          project,
          receipt);
    }

    List<ProjectExpense> listed = expenses.listExpenses(project, PageRequest.first(10)).items();

    assertEquals(3, listed.size());
    for (ProjectExpense expense : listed) {
      assertTrue(loaded().isLoaded(expense, "receiptDocument"), "receipt document");
      assertTrue(loaded().isLoaded(expense, "project"), "project");
    }
  }

  @Test
  void conflictsFetchTheProjectsOfTheEvents() {
    int contributor = sql.contributor("Booked");
    for (int i = 0; i < 2; i++) {
      int project = sql.project("Double" + i, "2099-06-05");
      sql.event(
          contributor,
          project,
          "PROJECT_ASSIGNMENT",
          "Wedding " + i,
          "2099-06-05T00:00:00Z",
          "2099-06-06T00:00:00Z");
    }

    List<CalendarConflict> conflicts =
        calendar.findConflicts(contributor, LocalDate.of(2099, 6, 5), LocalDate.of(2099, 6, 5));

    assertEquals(1, conflicts.size());
    for (CalendarEvent event : List.of(conflicts.get(0).first(), conflicts.get(0).second())) {
      assertTrue(loaded().isLoaded(event, "project"), "project");
      assertTrue(loaded().isLoaded(event, "contributor"), "contributor");
    }
  }

  @Test
  void tasksOfComponentsComeWithTheirTemplates() {
    int project = sql.project("Components", "2099-07-01");
    String token = Sql.token();
    int deliverable =
        sql.insert("INSERT INTO deliverables (name) VALUES (?) RETURNING id", "Film " + token);
    int scene =
        sql.insert("INSERT INTO coverage_scenes (name) VALUES (?) RETURNING id", "Vows " + token);
    int style =
        sql.insert("INSERT INTO editing_styles (name) VALUES (?) RETURNING id", "Retro " + token);
    int build =
        sql.insert(
            "INSERT INTO builds (project_id, status) VALUES (?, 'Booked') RETURNING id", project);
    int line =
        sql.insert(
            "INSERT INTO build_deliverables (build_id, deliverable_id) VALUES (?, ?) RETURNING id",
            build,
            deliverable);
    int component =
        sql.insert(
            "INSERT INTO build_components (build_deliverable_id, coverage_scene_id,"
                + " editing_style_id, target_minutes) VALUES (?, ?, ?, 3.00) RETURNING id",
            line,
            scene,
            style);
    for (int i = 0; i < 2; i++) {
      sql.insert(
          "INSERT INTO tasks (project_id, build_component_id, task_template_id, status)"
              + " VALUES (?, ?, ?, 'To-Do') RETURNING id",
          project,
          component,
          sql.template("Step " + i));
    }

    List<Task> found = tasks.findByComponents(List.of(component));

    assertEquals(2, found.size());
    for (Task task : found) {
      assertTrue(loaded().isLoaded(task, "taskTemplate"), "task template");
    }
  }
}
