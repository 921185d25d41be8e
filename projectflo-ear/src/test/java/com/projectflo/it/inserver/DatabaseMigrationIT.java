package com.projectflo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.projectflo.platform.persistence.DatabaseMigrator;
import com.projectflo.platform.persistence.DatabaseState;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Start-up applied the packaged migrations, all of them successfully. */
@ExtendWith(ArquillianExtension.class)
class DatabaseMigrationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InServerDeployment.of(DatabaseMigrationIT.class);
  }

  @Inject DatabaseState database;

  @Resource(lookup = "jdbc/projectflo")
  DataSource dataSource;

  @Test
  void everyAppliedMigrationSucceededAndShipsWithThisBuild() throws SQLException {
    List<String> scripts = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT script, success FROM flyway_schema_history"
                    + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
      while (rows.next()) {
        assertTrue(rows.getBoolean("success"), rows.getString("script") + " failed");
        scripts.add(rows.getString("script"));
      }
    }
    assertFalse(scripts.isEmpty());
    assertEquals("V1__seed_schema.sql", scripts.get(0));
    for (String script : scripts) {
      assertTrue(
          DatabaseMigrator.class.getResource("/db/migration/" + script) != null,
          script + " is packaged in the EJB module");
    }
  }

  @Test
  void applicationReportsTheSchemaReady() {
    DatabaseState.Snapshot state = database.snapshot();
    assertEquals(DatabaseState.Phase.READY, state.phase(), state.detail());
  }
}
