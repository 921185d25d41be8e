package com.projectflo.platform.health;

import com.projectflo.platform.persistence.DatabaseState;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the migrations are applied and the database answers right now. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  private static final int PING_TIMEOUT_SECONDS = 2;

  @Inject private DatabaseState database;

  @Resource(lookup = "jdbc/projectflo")
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    DatabaseState.Snapshot state = database.snapshot();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("database")
            .withData("migrations", state.phase().name())
            .withData("detail", state.detail());
    if (state.schemaVersion() != null) {
      response.withData("schemaVersion", state.schemaVersion());
    }
    if (state.phase() != DatabaseState.Phase.READY) {
      return response.down().build();
    }
    try (Connection connection = dataSource.getConnection()) {
      return response.status(connection.isValid(PING_TIMEOUT_SECONDS)).build();
    } catch (SQLException e) {
      return response.withData("error", String.valueOf(e.getMessage())).down().build();
    }
  }
}
