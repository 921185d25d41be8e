package com.projectflo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.projectflo.billing.application.InvoiceService;
import com.projectflo.platform.application.RequestMetadata;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
    return InServerDeployment.of(InvoicingServicesIT.class);
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
    int buildId = bookedBuild();
    int due = installment(buildId, 1, "100.00", LocalDate.of(2026, 1, 1));
    int zero = installment(buildId, 2, "0.00", LocalDate.of(2026, 1, 1));
    int later = installment(buildId, 3, "200.00", LocalDate.of(2099, 1, 1));

    List<Integer> ids = invoices.dueInstallmentIds(AS_OF, due - 1, 1000);
    assertTrue(ids.contains(due));
    assertFalse(ids.contains(zero), "a 0.00 installment is never invoiced");
    assertFalse(ids.contains(later), "not due yet");

    Optional<Integer> issued = invoices.issueDueInstallment(due, AS_OF);
    assertTrue(issued.isPresent());
    assertEquals(issued, invoices.issueDueInstallment(due, AS_OF), "idempotent per installment");
    assertEquals(Optional.empty(), invoices.issueDueInstallment(zero, AS_OF));
    assertFalse(invoices.dueInstallmentIds(AS_OF, due - 1, 1000).contains(due));
    assertEquals(1L, count("SELECT COUNT(*) FROM invoices WHERE id = ?", issued.get()));
    assertEquals(
        "Issued|2026-06-01|2026-06-01|100.00",
        invoiceRow(issued.get()),
        "past due date: due at issue");

    assertTrue(invoices.markOverdue(AS_OF.plusDays(1)) >= 1);
    assertTrue(invoiceRow(issued.get()).startsWith("Overdue|"));
    assertEquals(0, invoices.markOverdue(AS_OF.plusDays(1)), "nothing left to mark");
  }

  private int bookedBuild() throws SQLException {
    String token = UUID.randomUUID().toString().substring(0, 12);
    int contact =
        insert(
            "INSERT INTO contacts (first_name, last_name, email, type) VALUES ('Jo', 'Job', ?,"
                + " 'Client') RETURNING id",
            "job-" + token + "@couples.test");
    int client = insert("INSERT INTO clients (contact_id) VALUES (?) RETURNING id", contact);
    int project =
        insert(
            "INSERT INTO projects (client_id, project_name, wedding_date) VALUES (?, 'Job',"
                + " DATE '2099-02-01') RETURNING id",
            client);
    return insert(
        "INSERT INTO builds (client_id, project_id, status, approved_price, live_price)"
            + " VALUES (?, ?, 'Booked', 300.00, 300.00) RETURNING id",
        client,
        project);
  }

  private int installment(int buildId, int sequence, String amount, LocalDate due)
      throws SQLException {
    return insert(
        "INSERT INTO payment_installments (build_id, project_id, sequence, label, due_date, amount)"
            + " SELECT id, project_id, ?, 'Part', ?, CAST(? AS NUMERIC) FROM builds WHERE id = ?"
            + " RETURNING id",
        sequence,
        due,
        amount,
        buildId);
  }

  private String invoiceRow(int id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT status || '|' || issue_date || '|' || due_date || '|' || total_amount"
                    + " FROM invoices WHERE id = ?")) {
      s.setInt(1, id);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  private long count(String sql, Object... parameters) throws SQLException {
    return ((Number) single(sql, parameters)).longValue();
  }

  private int insert(String sql, Object... parameters) throws SQLException {
    return ((Number) single(sql, parameters)).intValue();
  }

  private Object single(String sql, Object... parameters) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getObject(1);
      }
    }
  }
}
