package com.projectflo.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the application's database on a PostgreSQL server that does not have it yet, through the
 * optional {@code jdbc/projectfloAdmin} data source (same server, maintenance database), and turns
 * connection failures into one sentence an operator can act on.
 *
 * <p>The {@code PROJECTFLO_DB_*} values are the server.xml variables, which Liberty also exposes to
 * MicroProfile Config (environment variables override their defaults).
 */
@ApplicationScoped
public class DatabaseProvisioner {

  private static final Logger LOG = Logger.getLogger(DatabaseProvisioner.class.getName());
  private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$-]{0,62}");
  static final String ADMIN_DATA_SOURCE = "jdbc/projectfloAdmin";

  @Inject
  @ConfigProperty(name = "projectflo.db.create-if-missing", defaultValue = "true")
  boolean createIfMissing;

  @Inject
  @ConfigProperty(name = "PROJECTFLO_DB_NAME", defaultValue = "projectflo")
  String databaseName;

  @Inject
  @ConfigProperty(name = "PROJECTFLO_DB_HOST", defaultValue = "127.0.0.1")
  String host;

  @Inject
  @ConfigProperty(name = "PROJECTFLO_DB_PORT", defaultValue = "5432")
  String port;

  @Inject
  @ConfigProperty(name = "PROJECTFLO_DB_USER", defaultValue = "postgres")
  String user;

  /**
   * Creates the configured database when it does not exist yet, if allowed and if the admin data
   * source is configured. Asking the maintenance database first, rather than failing to connect to
   * the missing one, keeps the server's log free of connection-failure incidents. A PostgreSQL that
   * cannot be reached is reported to the caller; any other trouble with the maintenance database is
   * left for the connection to the application database to report.
   */
  void ensureDatabaseExists() throws SQLException {
    if (!createIfMissing) {
      return;
    }
    Optional<DataSource> admin = adminDataSource();
    if (admin.isEmpty()) {
      return;
    }
    try (Connection connection = admin.get().getConnection()) {
      if (!exists(connection)) {
        create(connection);
      }
    } catch (SQLException e) {
      if (ConnectionProblem.of(e) == ConnectionProblem.UNREACHABLE) {
        throw e;
      }
      LOG.fine(() -> "Could not check or create database " + databaseName + ": " + e.getMessage());
    }
  }

  private boolean exists(Connection connection) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      query.setString(1, databaseName);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private void create(Connection connection) throws SQLException {
    if (!PLAIN_IDENTIFIER.matcher(databaseName).matches()) {
      throw new SQLException("Refusing to create a database named '" + databaseName + "'", "3D000");
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE \"" + databaseName + "\"");
      LOG.info(() -> "Created database " + databaseName + " on " + host + ":" + port + ".");
    } catch (SQLException e) {
      if (!"42P04".equals(e.getSQLState())) { // created meanwhile by another server: fine
        throw e;
      }
    }
  }

  private static Optional<DataSource> adminDataSource() {
    try {
      return Optional.of((DataSource) new InitialContext().lookup(ADMIN_DATA_SOURCE));
    } catch (NamingException e) {
      return Optional.empty();
    }
  }

  /** One line for the log and for readiness: what is wrong, and what to do about it. */
  String describe(SQLException failure, int retryIntervalSeconds) {
    String where = host + ":" + port;
    String retry = " Retrying every " + retryIntervalSeconds + " s.";
    return switch (ConnectionProblem.of(failure)) {
      case UNREACHABLE ->
          "PostgreSQL is not reachable at "
              + where
              + " ("
              + failure.getMessage()
              + "). Start it (for example `sudo pg_ctlcluster 15 main start` or `sudo systemctl"
              + " start postgresql`) or point PROJECTFLO_DB_HOST / PROJECTFLO_DB_PORT at a running"
              + " server."
              + retry;
      case AUTHENTICATION ->
          "PostgreSQL at "
              + where
              + " refused user '"
              + user
              + "' ("
              + failure.getMessage()
              + "). Set PROJECTFLO_DB_USER / PROJECTFLO_DB_PASSWORD."
              + retry;
      case DATABASE_MISSING ->
          "Database "
              + databaseName
              + " does not exist on "
              + where
              + " ("
              + failure.getMessage()
              + "). Create it, or allow the server to (projectflo.db.create-if-missing=true and a "
              + ADMIN_DATA_SOURCE
              + " data source)."
              + retry;
      case OTHER ->
          "Cannot open a connection to PostgreSQL at "
              + where
              + ": "
              + failure.getMessage()
              + retry;
    };
  }
}
