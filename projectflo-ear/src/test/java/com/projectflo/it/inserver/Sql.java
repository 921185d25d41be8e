package com.projectflo.it.inserver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** Test rows written with plain SQL through the server's data source (outside any JPA cache). */
final class Sql {

  private final DataSource dataSource;

  Sql(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A client (with its contact) and a project of it on the wedding date; the project's id. */
  int project(String name, String weddingDate) {
    int contact =
        insert(
            "INSERT INTO contacts (first_name, last_name, email, type) VALUES ('Sam', ?, ?,"
                + " 'Client') RETURNING id",
            name,
            name.toLowerCase() + "-" + token() + "@couples.test");
    int client = insert("INSERT INTO clients (contact_id) VALUES (?) RETURNING id", contact);
    return insert(
        "INSERT INTO projects (client_id, project_name, wedding_date) VALUES (?, ?, CAST(? AS"
            + " DATE)) RETURNING id",
        client,
        name,
        weddingDate);
  }

  /** An active contributor (no system role) charging 45.00 an hour; its id. */
  int contributor(String name) {
    int contact =
        insert(
            "INSERT INTO contacts (first_name, last_name, email, type) VALUES ('Crew', ?, ?,"
                + " 'Contributor') RETURNING id",
            name,
            name.toLowerCase() + "-" + token() + "@crew.test");
    return insert(
        "INSERT INTO contributors (contact_id, contributor_type, default_hourly_rate,"
            + " password_hash) VALUES (?, 'Internal', 45.00, 'not-a-hash') RETURNING id",
        contact);
  }

  /** A task template of 1.50 hours at 40.00 an hour; its id. */
  int template(String name) {
    return insert(
        "INSERT INTO task_templates (name, pricing_type, hourly_rate, effort_hours)"
            + " VALUES (?, 'Hourly', 40.00, 1.50) RETURNING id",
        name + " " + token());
  }

  /** A To-Do task of the project without a component, due on the date; its id. */
  int task(int projectId, int templateId, String dueDate) {
    return insert(
        "INSERT INTO tasks (project_id, task_template_id, planned_duration_hours, status,"
            + " due_date) VALUES (?, ?, 1.50, 'To-Do', CAST(? AS DATE)) RETURNING id",
        projectId,
        templateId,
        dueDate);
  }

  /** A calendar event of the contributor between two ISO-8601 instants; its id. */
  int event(
      int contributorId, Integer projectId, String type, String title, String from, String to) {
    return insert(
        "INSERT INTO calendar_events (contributor_id, project_id, title, start_time, end_time,"
            + " event_type) VALUES (?, ?, ?, CAST(? AS TIMESTAMPTZ), CAST(? AS TIMESTAMPTZ),"
            + " CAST(? AS calendar_event_type)) RETURNING id",
        contributorId,
        projectId,
        title,
        from,
        to,
        type);
  }

  int insert(String sql, Object... parameters) {
    return ((Number) single(sql, parameters)).intValue();
  }

  Object single(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getObject(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  static String token() {
    return UUID.randomUUID().toString().substring(0, 12);
  }
}
