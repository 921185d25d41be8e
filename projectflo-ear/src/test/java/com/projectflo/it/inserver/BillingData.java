package com.projectflo.it.inserver;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/** Booked builds, installments, invoices and contributors written straight into the database. */
final class BillingData {

  private final InServerSql sql;

  BillingData(InServerSql sql) {
    this.sql = sql;
  }

  /** A booked build of a new client and project (no inquiry). */
  int bookedBuild() throws SQLException {
    return bookedBuild(null);
  }

  /** A booked build whose inquiry is owned by {@code ownerContributorId} (none when null). */
  int bookedBuild(Integer ownerContributorId) throws SQLException {
    int contact = contact("Client");
    int client = sql.insert("INSERT INTO clients (contact_id) VALUES (?) RETURNING id", contact);
    int project =
        sql.insert(
            "INSERT INTO projects (client_id, project_name, wedding_date) VALUES (?, 'Job',"
                + " DATE '2099-02-01') RETURNING id",
            client);
    Integer inquiry =
        ownerContributorId == null
            ? null
            : sql.insert(
                "INSERT INTO inquiries (contact_id, status, owner_contributor_id)"
                    + " VALUES (?, 'Booked', ?) RETURNING id",
                contact,
                ownerContributorId);
    return sql.insert(
        "INSERT INTO builds (client_id, inquiry_id, project_id, status, approved_price,"
            + " live_price) VALUES (?, ?, ?, 'Booked', 300.00, 300.00) RETURNING id",
        client,
        inquiry,
        project);
  }

  int projectOf(int buildId) throws SQLException {
    return sql.insert("SELECT project_id FROM builds WHERE id = ?", buildId);
  }

  void archiveProjectOf(int buildId) throws SQLException {
    sql.update("UPDATE projects SET archived_at = now() WHERE id = ?", projectOf(buildId));
  }

  int installment(int buildId, int sequence, String amount, LocalDate due) throws SQLException {
    return sql.insert(
        "INSERT INTO payment_installments (build_id, project_id, sequence, label, due_date, amount)"
            + " SELECT id, project_id, ?, 'Part', ?, CAST(? AS NUMERIC) FROM builds WHERE id = ?"
            + " RETURNING id",
        sequence,
        due,
        amount,
        buildId);
  }

  /** An invoice of the build's project, outside any schedule. */
  int invoice(int buildId, String status, String total, String paid, LocalDate due)
      throws SQLException {
    return sql.insert(
        "INSERT INTO invoices (project_id, invoice_number, issue_date, due_date, total_amount,"
            + " amount_paid, status) VALUES (?, ?, ?, ?, CAST(? AS NUMERIC), CAST(? AS NUMERIC), ?)"
            + " RETURNING id",
        projectOf(buildId),
        "T-" + token(),
        due.minusDays(30),
        due,
        total,
        paid,
        status);
  }

  /** An active contributor without role. */
  int contributor() throws SQLException {
    return sql.insert(
        "INSERT INTO contributors (contact_id, password_hash) VALUES (?, 'not-a-hash')"
            + " RETURNING id",
        contact("Contributor"));
  }

  private int contact(String type) throws SQLException {
    return sql.insert(
        "INSERT INTO contacts (first_name, last_name, email, type) VALUES ('Jo', 'Job', ?,"
            + " CAST(? AS contacts_type)) RETURNING id",
        "job-" + token() + "@couples.test",
        type);
  }

  private static String token() {
    return UUID.randomUUID().toString().substring(0, 12);
  }
}
