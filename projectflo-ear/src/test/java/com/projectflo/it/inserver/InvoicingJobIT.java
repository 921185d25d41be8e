package com.projectflo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.projectflo.operations.application.BatchExecutionView;
import com.projectflo.operations.application.BatchJobService;
import com.projectflo.platform.application.RequestMetadata;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The invoicing job (docs/batch.md) run by the batch runtime against the database: exactly the due
 * installments are invoiced, a re-run creates nothing, a run failed on purpose and restarted leaves
 * no duplicate, no missing invoice and no gap in the numbers, reminders go out once a day. Each
 * test runs in a year of its own (asOf in the past), which only its own installments are due by, so
 * the year's invoice numbers are all the job's.
 */
@ExtendWith(ArquillianExtension.class)
class InvoicingJobIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InServerDeployment.of(
        InvoicingJobIT.class, InServerSql.class, BillingData.class, JobRuns.class);
  }

  @Inject BatchJobService jobs;

  @Inject RequestMetadata request;

  @Resource(lookup = "jdbc/projectflo")
  DataSource dataSource;

  private InServerSql sql;
  private BillingData data;
  private JobRuns runs;

  @BeforeEach
  void actAsSystem() {
    request.setSubject(RequestMetadata.SYSTEM);
    sql = new InServerSql(dataSource);
    data = new BillingData(sql);
    runs = new JobRuns(jobs);
  }

  @Test
  void aCompleteRunInvoicesExactlyTheDueInstallmentsAndARerunCreatesNothing() throws SQLException {
    LocalDate asOf = LocalDate.of(2025, 6, 30);
    int build = data.bookedBuild();
    int early = data.installment(build, 1, "100.00", LocalDate.of(2025, 3, 1));
    int onTheDay = data.installment(build, 2, "250.50", asOf);
    int credit = data.installment(build, 3, "-40.00", LocalDate.of(2025, 5, 1));
    int zero = data.installment(build, 4, "0.00", LocalDate.of(2025, 1, 1));
    int notYet = data.installment(build, 5, "80.00", asOf.plusDays(1));
    int archivedBuild = data.bookedBuild();
    int heldBack = data.installment(archivedBuild, 1, "70.00", LocalDate.of(2025, 2, 1));
    data.archiveProjectOf(archivedBuild);
    long dueBefore = dueCount(asOf);

    BatchExecutionView run = runs.run("invoicing", Map.of("asOf", "2025-06-30", "chunkSize", "2"));

    assertEquals("COMPLETED", run.status(), run.toString());
    assertEquals(dueBefore, JobRuns.step(run, "issue-invoices").itemsWritten());
    assertTrue(JobRuns.step(run, "issue-invoices").itemsFiltered() >= 1, "archived held back");
    assertEquals("Issued|2025-06-30|2025-06-30|100.00", invoiceOf(early));
    assertEquals("Issued|2025-06-30|2025-06-30|250.50", invoiceOf(onTheDay));
    assertEquals("Issued|2025-06-30|2025-06-30|-40.00", invoiceOf(credit), "a credit note");
    for (int none : List.of(zero, notYet, heldBack)) {
      assertEquals(null, invoiceOf(none), "installment " + none + " is not invoiced");
    }
    assertNumbersGapless(2025);

    long invoices = sql.count("SELECT COUNT(*) FROM invoices");
    BatchExecutionView again =
        runs.run("invoicing", Map.of("asOf", "2025-06-30", "chunkSize", "2"));

    assertEquals("COMPLETED", again.status());
    assertEquals(0, JobRuns.step(again, "issue-invoices").itemsWritten());
    assertEquals("REMINDERS_SENT=0", JobRuns.step(again, "send-reminders").exitStatus());
    assertEquals(invoices, sql.count("SELECT COUNT(*) FROM invoices"), "nothing new");
  }

  @Test
  void aRunFailedInTheMiddleRestartsWithoutDuplicateMissingInvoiceOrGap() throws SQLException {
    LocalDate asOf = LocalDate.of(2024, 6, 30);
    List<Integer> installments = new ArrayList<>();
    for (int b = 0; b < 9; b++) {
      int build = data.bookedBuild();
      for (int i = 1; i <= 5; i++) {
        installments.add(data.installment(build, i, "10.0" + i, LocalDate.of(2024, i, 10 + b)));
      }
    }

    BatchExecutionView failed =
        runs.run(
            "invoicing",
            Map.of("asOf", asOf.toString(), "chunkSize", "10", "failAfterItems", "25"));

    assertEquals("FAILED", failed.status());
    assertEquals(20, invoicedAmong(installments), "two chunks committed, the third rolled back");
    assertNumbersGapless(2024);
    assertEquals(
        20L, sql.count("SELECT last_number FROM invoice_number_counters WHERE year = 2024"));

    BatchExecutionView restarted = runs.restart(failed.executionId());

    assertEquals("COMPLETED", restarted.status(), restarted.toString());
    assertEquals(failed.executionId(), (long) restarted.restartOfExecutionId());
    assertFalse(restarted.parameters().containsKey("failAfterItems"), "never carried over");
    assertEquals(25, JobRuns.step(restarted, "issue-invoices").itemsRead(), "from the checkpoint");
    assertEquals(45, invoicedAmong(installments));
    assertEquals(
        0L,
        sql.count(
            "SELECT COUNT(*) FROM (SELECT invoice_id FROM payment_installments"
                + " WHERE invoice_id IS NOT NULL GROUP BY invoice_id HAVING COUNT(*) > 1) d"),
        "one installment per invoice");
    assertNumbersGapless(2024);
    assertEquals(
        45L, sql.count("SELECT COUNT(*) FROM invoices WHERE invoice_number LIKE 'PF-2024-%'"));
  }

  @Test
  void remindersGoToTheOwnerSevenDaysBeforeOnAndTwoDaysAfterTheDueDateOnceADay()
      throws SQLException {
    LocalDate asOf = LocalDate.of(2023, 6, 30);
    int owner = data.contributor();
    int build = data.bookedBuild(owner);
    int soon = data.invoice(build, "Issued", "100.00", "0.00", asOf.plusDays(7));
    int today = data.invoice(build, "Partially Paid", "100.00", "10.00", asOf);
    int late = data.invoice(build, "Overdue", "100.00", "0.00", asOf.minusDays(2));
    int yesterday = data.invoice(build, "Issued", "100.00", "0.00", asOf.minusDays(1));
    data.invoice(build, "Paid", "100.00", "100.00", asOf);
    data.invoice(build, "Void", "100.00", "0.00", asOf);

    BatchExecutionView run = runs.run("invoicing", Map.of("asOf", asOf.toString()));

    assertEquals("COMPLETED", run.status(), run.toString());
    assertEquals(
        List.of(
            "Payment due in 7 days: invoice "
                + number(soon)
                + " of Jo Job, 100.00 outstanding,"
                + " due 2023-07-07|/api/invoices/"
                + soon,
            "Payment due today: invoice "
                + number(today)
                + " of Jo Job, 90.00 outstanding,"
                + " due 2023-06-30|/api/invoices/"
                + today,
            "Payment 2 days overdue: invoice "
                + number(late)
                + " of Jo Job, 100.00 outstanding,"
                + " due 2023-06-28|/api/invoices/"
                + late),
        notificationsOf(owner));
    assertEquals("Overdue", sql.single("SELECT status FROM invoices WHERE id = ?", yesterday));

    runs.run("invoicing", Map.of("asOf", asOf.toString()));
    assertEquals(3, notificationsOf(owner).size(), "a second run the same day sends nothing");

    runs.run("invoicing", Map.of("asOf", asOf.plusDays(2).toString()));
    assertEquals(
        4, notificationsOf(owner).size(), "two days later: only the one due that day is late");
  }

  @Test
  void anInvoiceWithoutInquiryOwnerRemindsThoseWhoMayIssueInvoices() throws SQLException {
    LocalDate asOf = LocalDate.of(2022, 6, 30);
    int build = data.bookedBuild();
    int invoice = data.invoice(build, "Issued", "50.00", "0.00", asOf);

    runs.run("invoicing", Map.of("asOf", asOf.toString()));

    List<Object> recipients =
        sql.column(
            "SELECT recipient_contributor_id FROM notifications WHERE link_url = ?",
            "/api/invoices/" + invoice);
    assertFalse(recipients.isEmpty());
    for (Object recipient : recipients) {
      assertEquals(
          1L,
          sql.count(
              "SELECT COUNT(*) FROM contributors w JOIN role_permissions rp"
                  + " ON rp.role_id = w.role_id JOIN permissions p ON p.id = rp.permission_id"
                  + " WHERE w.id = ? AND p.action_name = 'invoices.write'",
              recipient));
    }
  }

  private long dueCount(LocalDate asOf) throws SQLException {
    return sql.count(
        "SELECT COUNT(*) FROM payment_installments i JOIN projects p ON p.id = i.project_id"
            + " WHERE i.invoice_id IS NULL AND i.amount <> 0 AND i.due_date <= ?"
            + " AND p.archived_at IS NULL",
        asOf);
  }

  private String invoiceOf(int installment) throws SQLException {
    return (String)
        sql.single(
            "SELECT v.status || '|' || v.issue_date || '|' || v.due_date || '|' || v.total_amount"
                + " FROM payment_installments i JOIN invoices v ON v.id = i.invoice_id"
                + " WHERE i.id = ?",
            installment);
  }

  private int invoicedAmong(List<Integer> installments) throws SQLException {
    return (int)
        sql.count(
            "SELECT COUNT(*) FROM payment_installments WHERE invoice_id IS NOT NULL"
                + " AND id = ANY (CAST(? AS INT[]))",
            "{" + String.join(",", installments.stream().map(String::valueOf).toList()) + "}");
  }

  /** The year's numbers are 1..n, each once, and the counter stands at n. */
  private void assertNumbersGapless(int year) throws SQLException {
    String prefix = "PF-" + year + "-";
    long count =
        sql.count("SELECT COUNT(*) FROM invoices WHERE invoice_number LIKE ?", prefix + "%");
    long distinct =
        sql.count(
            "SELECT COUNT(DISTINCT invoice_number) FROM invoices WHERE invoice_number LIKE ?",
            prefix + "%");
    long highest =
        sql.count(
            "SELECT COALESCE(MAX(CAST(substring(invoice_number from 9) AS INT)), 0) FROM invoices"
                + " WHERE invoice_number LIKE ?",
            prefix + "%");
    long counter =
        sql.count(
            "SELECT COALESCE(MAX(last_number), 0) FROM invoice_number_counters WHERE year = ?",
            year);
    assertEquals(count, distinct, "no number twice");
    assertEquals(count, highest, "no gap");
    assertEquals(count, counter, "the counter gave out exactly these");
  }

  private String number(int invoice) throws SQLException {
    return (String) sql.single("SELECT invoice_number FROM invoices WHERE id = ?", invoice);
  }

  private List<String> notificationsOf(int contributor) throws SQLException {
    return sql
        .column(
            "SELECT message || '|' || link_url FROM notifications"
                + " WHERE recipient_contributor_id = ? ORDER BY id",
            contributor)
        .stream()
        .map(String::valueOf)
        .toList();
  }
}
