package com.projectflo.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the database to the schema of this release before the application serves anything: it
 * creates the database when it does not exist yet (unless disabled), then applies the Flyway
 * migrations packaged from {@code sql/}. When PostgreSQL cannot be reached it says so once, in one
 * line naming host and port, and retries in the background; readiness stays down meanwhile.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = "jdbc/projectflo")
  private DataSource dataSource;

  @Resource private TimerService timerService;

  @Inject private DatabaseState state;

  @Inject private DatabaseProvisioner provisioner;

  @Inject private Event<SchemaReady> schemaReady;

  @Inject
  @ConfigProperty(name = "projectflo.db.retry-interval-seconds", defaultValue = "10")
  private int retryIntervalSeconds;

  private boolean problemReported;

  @PostConstruct
  void migrateAtStartup() {
    attempt();
  }

  @Timeout
  void retry() {
    attempt();
  }

  private void attempt() {
    try {
      ensureDatabaseReachable();
      state.starting("applying migrations");
      Flyway flyway = flyway();
      int applied = flyway.migrate().migrationsExecuted;
      MigrationInfo current = flyway.info().current();
      String version = current == null ? "none" : current.getVersion().getVersion();
      announce(version);
      state.ready(version);
      LOG.info(
          () ->
              "ProjectFlo database ready at schema version "
                  + version
                  + " ("
                  + applied
                  + " migration(s) applied now).");
    } catch (SQLException e) {
      String message = provisioner.describe(e, retryIntervalSeconds);
      state.unreachable(message);
      if (!problemReported) {
        LOG.severe(message);
        problemReported = true;
      } else {
        LOG.fine(message);
      }
      timerService.createSingleActionTimer(
          retryIntervalSeconds * 1000L, new TimerConfig("database-retry", false));
    } catch (FlywayException e) {
      String message = "Database migration failed: " + e.getMessage();
      state.failed(message);
      LOG.log(Level.SEVERE, message, e);
    }
  }

  /** Start-up work that needs the schema; its failure is logged and does not keep the API down. */
  private void announce(String version) {
    try {
      schemaReady.fire(new SchemaReady(version));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "A start-up task after the migration failed", e);
    }
  }

  private void ensureDatabaseReachable() throws SQLException {
    provisioner.ensureDatabaseExists();
    try (Connection ignored = dataSource.getConnection()) {
      // opening it is the test
    }
  }

  private Flyway flyway() {
    return Flyway.configure(DatabaseMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .validateMigrationNaming(true)
        .load();
  }
}
