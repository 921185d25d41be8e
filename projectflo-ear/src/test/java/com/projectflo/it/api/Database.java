package com.projectflo.it.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct access to the test database, for what the API does not offer yet (clients and projects are
 * created by later features) and for checks the API must not be able to show (raw columns).
 */
final class Database {

  private Database() {}

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty(
            "projectflo.it.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/projectflo_test"),
        System.getProperty("projectflo.it.dbUser", "postgres"),
        System.getProperty("projectflo.it.dbPassword", ""));
  }

  /** A client (with its contact) and returns its id. */
  static int createClient(String name) {
    int contactId =
        insert(
            "INSERT INTO contacts (first_name, last_name, email, type) VALUES (?, ?, ?, 'Client')"
                + " RETURNING id",
            name,
            "Couple",
            name.toLowerCase() + "@couples.test");
    return insert("INSERT INTO clients (contact_id) VALUES (?) RETURNING id", contactId);
  }

  static int createProject(int clientId, String name) {
    return insert(
        "INSERT INTO projects (client_id, project_name, wedding_date) VALUES (?, ?, DATE"
            + " '2027-06-12') RETURNING id",
        clientId,
        name);
  }

  static long maxAuditId() {
    return ((Number) single("SELECT COALESCE(MAX(id), 0) FROM audit_log")).longValue();
  }

  /** Actions of the audit rows written after {@code afterId}, in order. */
  static List<String> auditActionsAfter(long afterId) {
    List<String> actions = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement s =
            c.prepareStatement("SELECT action FROM audit_log WHERE id > ? ORDER BY id")) {
      s.setLong(1, afterId);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          actions.add(rows.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return actions;
  }

  static Object single(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? rows.getObject(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void execute(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.execute();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int insert(String sql, Object... parameters) {
    return ((Number) single(sql, parameters)).intValue();
  }
}
