package com.projectflo.platform.persistence;

import java.sql.SQLException;

/** Why a connection to PostgreSQL could not be opened, read from the SQLSTATE of the failure. */
enum ConnectionProblem {
  DATABASE_MISSING,
  UNREACHABLE,
  AUTHENTICATION,
  OTHER;

  static ConnectionProblem of(SQLException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.equals("3D000")) {
          return DATABASE_MISSING;
        }
        if (state.startsWith("08") || state.equals("57P03")) {
          return UNREACHABLE;
        }
        if (state.startsWith("28")) {
          return AUTHENTICATION;
        }
      }
      if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException) {
        return UNREACHABLE;
      }
    }
    return OTHER;
  }
}
