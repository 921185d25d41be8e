package com.projectflo.batch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TransientFailureTest {

  @Test
  void lockAndConnectionFailuresAreRetriedWhereverTheyAreWrapped() {
    RuntimeException deadlock =
        new EJBException(new PersistenceException(new SQLException("deadlock", "40P01")));
    RuntimeException lock = new EJBException(new PessimisticLockException("locked"));
    RuntimeException lostConnection =
        new PersistenceException(new SQLException("I/O error", "08006"));

    assertThat(TransientFailure.classify(deadlock)).isInstanceOf(TransientFailure.class);
    assertThat(TransientFailure.classify(lock)).isInstanceOf(TransientFailure.class);
    assertThat(TransientFailure.classify(lostConnection)).isInstanceOf(TransientFailure.class);
  }

  @Test
  void otherFailuresAreLeftAsTheyAre() {
    RuntimeException constraint =
        new EJBException(new PersistenceException(new SQLException("duplicate", "23505")));
    RuntimeException bug = new IllegalStateException("bug");

    assertThat(TransientFailure.classify(constraint)).isSameAs(constraint);
    assertThat(TransientFailure.classify(bug)).isSameAs(bug);
  }
}
