package com.projectflo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.projectflo.billing.application.InvoiceService;
import com.projectflo.billing.application.NewPayment;
import com.projectflo.billing.application.PaymentOutcome;
import com.projectflo.billing.application.PaymentService;
import com.projectflo.billing.model.Invoice;
import com.projectflo.execution.application.CapacityService;
import com.projectflo.execution.application.TaskAssignment;
import com.projectflo.execution.application.TaskAssignmentService;
import com.projectflo.execution.application.TaskListQuery;
import com.projectflo.execution.application.TaskService;
import com.projectflo.execution.model.CalendarEvent;
import com.projectflo.execution.model.Task;
import com.projectflo.platform.application.RequestMetadata;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Days of the task features are days of the studio's time zone (projectflo.calendar.zone), as in
 * the calendar: overdue tasks, the calendar warnings of an assignment, capacity's default week. The
 * studio is {@link KiritimatiStudio} (UTC+14), where it is already Monday 2100-03-15 while UTC is
 * still on Sunday the 14th.
 */
@ExtendWith(ArquillianExtension.class)
class StudioTimeZoneIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InServerDeployment.of(
        new Class<?>[] {KiritimatiStudio.class},
        StudioTimeZoneIT.class,
        Sql.class,
        InServerSql.class,
        BillingData.class);
  }

  @Inject TaskService tasks;

  @Inject TaskAssignmentService assignments;

  @Inject CapacityService capacity;

  @Inject InvoiceService invoices;

  @Inject PaymentService payments;

  @Inject RequestMetadata request;

  @Resource(lookup = "jdbc/projectflo")
  DataSource dataSource;

  private Sql sql;

  @BeforeEach
  void actAsSystem() {
    request.setSubject(RequestMetadata.SYSTEM);
    sql = new Sql(dataSource);
  }

  @Test
  void aTaskIsOverdueFromTheStudiosNextDay() {
    int project = sql.project("Overdue", "2100-02-01");
    int template = sql.template("Cut");
    int dueSunday = sql.task(project, template, "2100-03-14");
    int dueMonday = sql.task(project, template, "2100-03-15");

    List<Integer> overdue =
        tasks
            .listOverdueTasks(
                new TaskListQuery(
                    null, null, LocalDate.of(2100, 3, 13), LocalDate.of(2100, 3, 16), 200, null))
            .items()
            .stream()
            .filter(task -> task.getProject().getId() == project)
            .map(Task::getId)
            .toList();

    assertEquals(List.of(dueSunday), overdue, "Sunday is yesterday in the studio, today in UTC");
    assertFalse(overdue.contains(dueMonday), "due today in the studio");
  }

  @Test
  void assignmentWarnsOfEventsOnTheStudiosDueDay() {
    int project = sql.project("Warned", "2100-02-01");
    int task = sql.task(project, sql.template("Grade"), "2100-04-01");
    int editor = sql.contributor("Night");
    // 00:30–01:30 on April 1st in the studio, still March 31st in UTC.
    sql.event(
        editor,
        null,
        "PERSONAL",
        "Studio morning",
        "2100-04-01T00:30:00+14:00",
        "2100-04-01T01:30:00+14:00");
    // April 1st in UTC, already April 2nd in the studio.
    sql.event(
        editor, null, "PERSONAL", "UTC afternoon", "2100-04-01T12:00:00Z", "2100-04-01T13:00:00Z");

    TaskAssignment assigned = assignments.assignTask(task, editor, null);

    assertEquals(
        List.of("Studio morning"),
        assigned.conflicts().stream().map(CalendarEvent::getTitle).toList());
  }

  @Test
  void capacityStartsAtTheStudiosWeekByDefault() {
    LocalDate from = capacity.capacity(null, 1).from();

    assertEquals(LocalDate.of(2100, 3, 15), from, "Monday in the studio (UTC: week of the 8th)");
    assertTrue(from.isAfter(LocalDate.of(2100, 3, 8)));
  }

  @Test
  void anInvoiceIssuedByHandIsDatedTheStudiosDay() throws SQLException {
    BillingData billing = new BillingData(new InServerSql(dataSource));
    int build = billing.bookedBuild();
    int installment = billing.installment(build, 1, "100.00", LocalDate.of(2100, 3, 1));

    Invoice invoice = invoices.issueInstallmentInvoice(installment).view().invoice();

    assertEquals(LocalDate.of(2100, 3, 15), invoice.getIssueDate(), "Monday in the studio");
    assertTrue(invoice.getInvoiceNumber().startsWith("PF-2100-"));
  }

  @Test
  void aPartPaymentAfterTheStudiosDueDayLeavesTheInvoiceOverdue() throws SQLException {
    BillingData billing = new BillingData(new InServerSql(dataSource));
    int build = billing.bookedBuild();
    int dueSunday = billing.invoice(build, "Issued", "100.00", "0.00", LocalDate.of(2100, 3, 14));

    PaymentOutcome paid =
        payments.recordPayment(
            dueSunday,
            UUID.randomUUID().toString(),
            new NewPayment(new BigDecimal("40.00"), "Card", null));

    assertEquals(201, paid.status());
    assertTrue(
        paid.body().contains("\"status\":\"Overdue\""),
        "due yesterday in the studio (today in UTC): " + paid.body());
  }
}
