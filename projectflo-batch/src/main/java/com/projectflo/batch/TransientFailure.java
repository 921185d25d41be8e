package com.projectflo.batch;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * A failure worth retrying (the job XML lists this class as retryable): a lock wait, deadlock or
 * serialization failure, or a lost connection. The batch runtime rolls the chunk back and tries it
 * again item by item; anything else fails the step, which can be restarted from its checkpoint.
 */
public class TransientFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** SQLSTATEs of lock timeouts, deadlocks, serialization failures and connection loss. */
  private static final Set<String> TRANSIENT_SQL_STATES =
      Set.of("40001", "40P01", "55P03", "57014", "08000", "08003", "08006", "08001", "57P01");

  public TransientFailure(Throwable cause) {
    super(cause.getMessage(), cause);
  }

  /** {@code failure} itself, or a {@link TransientFailure} wrapping it when it is transient. */
  public static RuntimeException classify(RuntimeException failure) {
    return isTransient(failure) ? new TransientFailure(failure) : failure;
  }

  static boolean isTransient(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof PessimisticLockException
          || t instanceof LockTimeoutException
          || t instanceof QueryTimeoutException
          || t instanceof SQLTransientException) {
        return true;
      }
      if (t instanceof SQLException sql && TRANSIENT_SQL_STATES.contains(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
