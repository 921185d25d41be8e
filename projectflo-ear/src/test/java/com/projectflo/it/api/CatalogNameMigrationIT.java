package com.projectflo.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V16 on a database that already holds catalog names differing only in case (as dev databases may:
 * the seed's UNIQUE is case-sensitive): the migration succeeds, the oldest row keeps its name and
 * the others are renamed, nothing is lost. Runs the shipped sql/ on a scratch database of its own.
 */
class CatalogNameMigrationIT {

  private static final String SCRATCH = "projectflo_it_v16";

  private static String jdbcUrl(String database) {
    String url =
        System.getProperty(
            "projectflo.it.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/projectflo_test");
    return url.substring(0, url.lastIndexOf('/') + 1) + database;
  }

  private static String user() {
    return System.getProperty("projectflo.it.dbUser", "postgres");
  }

  private static String password() {
    return System.getProperty("projectflo.it.dbPassword", "");
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @BeforeAll
  static void scratchDatabase() throws SQLException {
    admin("DROP DATABASE IF EXISTS " + SCRATCH);
    admin("CREATE DATABASE " + SCRATCH);
  }

  @AfterAll
  static void dropScratchDatabase() throws SQLException {
    admin("DROP DATABASE IF EXISTS " + SCRATCH);
  }

  private static Flyway flyway(String target) {
    return Flyway.configure()
        .dataSource(jdbcUrl(SCRATCH), user(), password())
        .locations("filesystem:" + System.getProperty("projectflo.it.sqlDir", "../sql"))
        .validateMigrationNaming(true)
        .target(target)
        .load();
  }

  @Test
  void namesDifferingOnlyInCaseAreRenamedAndThenRefused() throws SQLException {
    flyway("15").migrate();
    try (Connection c = DriverManager.getConnection(jdbcUrl(SCRATCH), user(), password());
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO coverage_scenes (name) VALUES ('Ceremony'), ('CEREMONY'), ('ceremony')");
      s.execute("INSERT INTO billable_items (name, price) VALUES ('USB', 25), ('usb', 30)");
      s.execute("INSERT INTO deliverables (name) VALUES ('Highlight film')");

      assertThat(flyway("16").migrate().success).isTrue();

      assertThat(names(s, "coverage_scenes"))
          .containsExactly("Ceremony", "CEREMONY (#2)", "ceremony (#3)");
      assertThat(names(s, "billable_items")).containsExactly("USB", "usb (#2)");
      assertThat(names(s, "deliverables")).containsExactly("Highlight film");
      try {
        s.execute("INSERT INTO deliverables (name) VALUES ('HIGHLIGHT FILM')");
        throw new AssertionError("a name differing only in case was accepted");
      } catch (SQLException expected) {
        assertThat(expected.getSQLState()).isEqualTo("23505");
      }
    }
  }

  private static List<String> names(Statement s, String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rows = s.executeQuery("SELECT name FROM " + table + " ORDER BY id")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }
}
