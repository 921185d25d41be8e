package com.projectflo.it.inserver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Plain JDBC on the application's data source, for test data and for checking what was written. */
final class InServerSql {

  private final DataSource dataSource;

  InServerSql(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The first column of the first row (null when there is none). */
  Object single(String sql, Object... parameters) throws SQLException {
    List<Object> column = column(sql, parameters);
    return column.isEmpty() ? null : column.get(0);
  }

  /** The first column of every row. */
  List<Object> column(String sql, Object... parameters) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      List<Object> values = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getObject(1));
        }
      }
      return values;
    }
  }

  long count(String sql, Object... parameters) throws SQLException {
    return ((Number) single(sql, parameters)).longValue();
  }

  /** Runs an {@code INSERT … RETURNING id} (or any query answering one integer). */
  int insert(String sql, Object... parameters) throws SQLException {
    return ((Number) single(sql, parameters)).intValue();
  }

  int update(String sql, Object... parameters) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s.executeUpdate();
    }
  }
}
