package com.projectflo.it.inserver;

import com.projectflo.ledger.application.BuildBooked;
import com.projectflo.ledger.application.ChangeOrderApproved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test observer (deployed inside the EJB module): remembers the ledger events fired. */
@ApplicationScoped
public class LedgerEventRecorder {

  private final List<Object> events = new CopyOnWriteArrayList<>();

  void booked(@Observes BuildBooked event) {
    events.add(event);
  }

  void approved(@Observes ChangeOrderApproved event) {
    events.add(event);
  }

  public <T> List<T> of(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
