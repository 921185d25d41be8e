package com.projectflo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.projectflo.billing.application.DueInstallment;
import com.projectflo.billing.application.InvoiceService;
import com.projectflo.billing.application.InvoicingRun;
import com.projectflo.platform.application.RequestMetadata;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services the invoicing job calls (docs/billing.md, "For the invoicing job"), as the system:
 * the reader's due installments, issuing idempotently per installment, marking overdue.
 */
@ExtendWith(ArquillianExtension.class)
class InvoicingServicesIT {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  @Deployment
  static EnterpriseArchive deployment() {
    return InServerDeployment.of(InvoicingServicesIT.class, InServerSql.class, BillingData.class);
  }

  @Inject InvoiceService invoices;

  @Inject RequestMetadata request;

  @Resource(lookup = "jdbc/projectflo")
  DataSource dataSource;

  @BeforeEach
  void actAsSystem() {
    request.setSubject(RequestMetadata.SYSTEM);
  }

  @Test
  void dueInstallmentsAreIssuedOnceAndFallOverdueAfterTheirDueDate() throws SQLException {
    int buildId = data().bookedBuild();
    int due = data().installment(buildId, 1, "100.00", LocalDate.of(2026, 1, 1));
    int zero = data().installment(buildId, 2, "0.00", LocalDate.of(2026, 1, 1));
    int later = data().installment(buildId, 3, "200.00", LocalDate.of(2099, 1, 1));

    List<Integer> ids = dueIds(due - 1);
    assertTrue(ids.contains(due));
    assertFalse(ids.contains(zero), "a 0.00 installment is never invoiced");
    assertFalse(ids.contains(later), "not due yet");

    InvoicingRun run = invoices.issueDueInstallments(List.of(due, zero, later), AS_OF);
    assertEquals(1, run.issuedInvoiceIds().size(), "only the due one");
    assertEquals(2, run.notDue());
    int issued = run.issuedInvoiceIds().get(0);
    InvoicingRun again = invoices.issueDueInstallments(List.of(due), AS_OF);
    assertEquals(List.of(), again.issuedInvoiceIds(), "idempotent per installment");
    assertFalse(dueIds(due - 1).contains(due));
    assertEquals(1L, count("SELECT COUNT(*) FROM invoices WHERE id = ?", issued));
    assertEquals(
        "Issued|2026-06-01|2026-06-01|100.00", invoiceRow(issued), "past due date: due at issue");

    assertTrue(invoices.markOverdue(AS_OF.plusDays(1)) >= 1);
    assertTrue(invoiceRow(issued).startsWith("Overdue|"));
    assertEquals(0, invoices.markOverdue(AS_OF.plusDays(1)), "nothing left to mark");
  }

  @Test
  void aChunkOfInstallmentsGetsConsecutiveNumbersInIdOrder() throws SQLException {
    int buildId = data().bookedBuild();
    int first = data().installment(buildId, 1, "10.00", LocalDate.of(2026, 1, 1));
    int second = data().installment(buildId, 2, "20.00", LocalDate.of(2026, 1, 2));
    int third = data().installment(buildId, 3, "-5.00", LocalDate.of(2026, 1, 3));

    List<Integer> issued =
        invoices.issueDueInstallments(List.of(third, first, second), AS_OF).issuedInvoiceIds();

    assertEquals(3, issued.size());
    int number = invoiceNumber(issued.get(0));
    assertEquals(number + 1, invoiceNumber(issued.get(1)));
    assertEquals(number + 2, invoiceNumber(issued.get(2)));
    assertEquals(
        (long) first,
        count("SELECT id FROM payment_installments WHERE invoice_id = ?", issued.get(0)),
        "numbered in installment id order");
    assertTrue(invoiceRow(issued.get(2)).endsWith("|-5.00"), "a credit becomes a credit note");
  }

  @Test
  void theReaderSkipsNothingDueAndFlagsArchivedProjects() throws SQLException {
    int buildId = data().bookedBuild();
    int due = data().installment(buildId, 1, "10.00", LocalDate.of(2026, 1, 1));
    data().archiveProjectOf(buildId);

    DueInstallment read =
        invoices.dueInstallments(AS_OF, due - 1, 10).stream()
            .filter(i -> i.installmentId() == due)
            .findFirst()
            .orElseThrow();

    assertTrue(read.projectArchived());
  }

  /**
   * A payment committed on a candidate while the overdue step runs: the step waits for it on the
   * row lock and sees its outcome, where a stale version would have failed the whole nightly run.
   */
  @Test
  void markingOverdueWaitsForAPaymentBeingRecordedOnTheSameInvoice() throws Exception {
    int buildId = data().bookedBuild();
    int invoice = data().invoice(buildId, "Issued", "100.00", "0.00", LocalDate.of(2026, 1, 10));
    CountDownLatch locked = new CountDownLatch(1);
    ExecutorService payer = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> payment =
          payer.submit(
              () -> {
                try (Connection c = dataSource.getConnection()) {
                  c.setAutoCommit(false);
                  int updated =
                      update(
                          c,
                          "UPDATE invoices SET amount_paid = 40.00, status = 'Partially Paid',"
                              + " version = version + 1 WHERE id = ?",
                          invoice);
                  locked.countDown();
                  awaitABackendWaitingForALock();
                  c.commit();
                  return updated;
                }
              });
      assertTrue(locked.await(30, TimeUnit.SECONDS), "the payer holds the invoice row");

      assertTrue(invoices.markOverdue(AS_OF) >= 1);

      assertEquals(1, payment.get(30, TimeUnit.SECONDS));
      assertEquals(
          "Overdue|40.00",
          single("SELECT status || '|' || amount_paid FROM invoices WHERE id = ?", invoice));
    } finally {
      payer.shutdownNow();
    }
  }

  private static int update(Connection c, String query, Object... parameters) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(query)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  /** Until another backend of this database waits for a row lock (at most 30 s). */
  private void awaitABackendWaitingForALock() throws SQLException, InterruptedException {
    for (int attempt = 0; attempt < 300; attempt++) {
      if (count(
              "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                  + " AND wait_event_type = 'Lock'")
          > 0) {
        return;
      }
      Thread.sleep(100);
    }
  }

  private List<Integer> dueIds(int afterId) {
    return invoices.dueInstallments(AS_OF, afterId, 1000).stream()
        .map(DueInstallment::installmentId)
        .toList();
  }

  private int invoiceNumber(int invoiceId) throws SQLException {
    String number = (String) single("SELECT invoice_number FROM invoices WHERE id = ?", invoiceId);
    return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
  }

  private String invoiceRow(int id) throws SQLException {
    return (String)
        sql()
            .single(
                "SELECT status || '|' || issue_date || '|' || due_date || '|' || total_amount"
                    + " FROM invoices WHERE id = ?",
                id);
  }

  private long count(String query, Object... parameters) throws SQLException {
    return sql().count(query, parameters);
  }

  private Object single(String query, Object... parameters) throws SQLException {
    return sql().single(query, parameters);
  }

  private BillingData data() {
    return new BillingData(sql());
  }

  private InServerSql sql() {
    return new InServerSql(dataSource);
  }
}
