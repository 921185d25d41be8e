package com.projectflo.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConnectionProblemTest {

  @Test
  void classifiesBySqlState() {
    assertThat(ConnectionProblem.of(new SQLException("no db", "3D000")))
        .isEqualTo(ConnectionProblem.DATABASE_MISSING);
    assertThat(ConnectionProblem.of(new SQLException("refused", "08001")))
        .isEqualTo(ConnectionProblem.UNREACHABLE);
    assertThat(ConnectionProblem.of(new SQLException("starting", "57P03")))
        .isEqualTo(ConnectionProblem.UNREACHABLE);
    assertThat(ConnectionProblem.of(new SQLException("bad password", "28P01")))
        .isEqualTo(ConnectionProblem.AUTHENTICATION);
    assertThat(ConnectionProblem.of(new SQLException("syntax", "42601")))
        .isEqualTo(ConnectionProblem.OTHER);
  }

  @Test
  void looksThroughWrappersTheServerAdds() {
    SQLException wrapped = new SQLException("DSRA0010E", null, new SQLException("x", "3D000"));
    SQLException socket =
        new SQLException("pool", null, new ConnectException("Connection refused"));

    assertThat(ConnectionProblem.of(wrapped)).isEqualTo(ConnectionProblem.DATABASE_MISSING);
    assertThat(ConnectionProblem.of(socket)).isEqualTo(ConnectionProblem.UNREACHABLE);
  }

  @Test
  void tellsTheOperatorWhereAndWhatToDo() {
    DatabaseProvisioner provisioner = new DatabaseProvisioner();
    provisioner.host = "db.internal";
    provisioner.port = "6543";
    provisioner.user = "studio";
    provisioner.databaseName = "projectflo";

    String unreachable = provisioner.describe(new SQLException("Connection refused", "08001"), 10);
    String refusedUser = provisioner.describe(new SQLException("auth failed", "28P01"), 10);

    assertThat(unreachable)
        .contains("db.internal:6543", "PROJECTFLO_DB_HOST", "Retrying every 10 s")
        .doesNotContain("\n");
    assertThat(refusedUser).contains("'studio'", "PROJECTFLO_DB_PASSWORD");
  }
}
